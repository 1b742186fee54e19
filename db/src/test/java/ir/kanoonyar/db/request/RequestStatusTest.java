package ir.kanoonyar.db.request;

import static ir.kanoonyar.db.request.RequestStatus.APPROVED;
import static ir.kanoonyar.db.request.RequestStatus.AWAITING_CONSENTS;
import static ir.kanoonyar.db.request.RequestStatus.COUNTY_REVIEW;
import static ir.kanoonyar.db.request.RequestStatus.DRAFT;
import static ir.kanoonyar.db.request.RequestStatus.PROVINCE_REVIEW;
import static ir.kanoonyar.db.request.RequestStatus.REJECTED;
import static ir.kanoonyar.db.request.RequestStatus.RETURNED;
import static ir.kanoonyar.db.request.RequestStatus.SUBMITTED;
import static ir.kanoonyar.db.request.RequestStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestStatusTest {

    /** The workflow of docs/domain.md, written out once more by hand: the enum must agree with it exactly. */
    private static final Map<RequestStatus, Set<RequestStatus>> DOMAIN_WORKFLOW = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(AWAITING_CONSENTS, COUNTY_REVIEW, PROVINCE_REVIEW, WITHDRAWN),
            AWAITING_CONSENTS, EnumSet.of(COUNTY_REVIEW, PROVINCE_REVIEW, RETURNED, WITHDRAWN),
            COUNTY_REVIEW, EnumSet.of(PROVINCE_REVIEW, APPROVED, REJECTED, RETURNED, WITHDRAWN),
            PROVINCE_REVIEW, EnumSet.of(APPROVED, REJECTED, RETURNED, WITHDRAWN),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.noneOf(RequestStatus.class),
            REJECTED, EnumSet.noneOf(RequestStatus.class),
            WITHDRAWN, EnumSet.noneOf(RequestStatus.class));

    @Test
    void allowsExactlyTheMovesOfTheWorkflow() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                boolean expected = DOMAIN_WORKFLOW.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesEveryOtherMoveWithAMessageNamingBothStatuses() {
        assertThatThrownBy(() -> DRAFT.checkMoveTo(APPROVED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DRAFT")
                .hasMessageContaining("APPROVED")
                .hasMessageContaining("allowed from DRAFT");
        assertThatThrownBy(() -> APPROVED.checkMoveTo(RETURNED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("APPROVED is final");
    }

    @Test
    void decisionsAndWithdrawalAreFinal() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::isFinal))
                .containsExactlyInAnyOrder(APPROVED, REJECTED, WITHDRAWN);
    }

    @Test
    void theApplicantMayWithdrawUntilADecision() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::isWithdrawable))
                .containsExactlyInAnyOrder(DRAFT, SUBMITTED, AWAITING_CONSENTS, COUNTY_REVIEW, PROVINCE_REVIEW,
                        RETURNED);
    }

    @Test
    void nothingMovesToItself() {
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }
}
