package ir.kanoonyar.db.kanoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What suspending and revoking a licence allow: a reason always, and only from a state that can stop. */
class LicenceStopTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 21);
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private static Licence licence() {
        return new Licence("00-1405-1234-5678", 1L, null, ISSUED, ISSUED.plusYears(3).minusDays(1), NOW);
    }

    @Test
    void aSuspendedLicenceIsNotValidAndKeepsItsReasonAndDate() {
        Licence licence = licence();
        licence.suspend("  گزارش نرسیده  ", NOW);
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(licence.isValidOn(ISSUED.plusDays(10))).isFalse();
        assertThat(licence.getStatusReason()).isEqualTo("گزارش نرسیده");
        assertThat(licence.getStatusChangedAt()).isEqualTo(NOW);
    }

    @Test
    void aSuspendedLicenceMayBeRevokedButNotSuspendedAgain() {
        Licence licence = licence();
        licence.suspend("دلیل", NOW);
        assertThatThrownBy(() -> licence.suspend("دوباره", NOW)).isInstanceOf(IllegalStateException.class);
        licence.revoke("تعطیل شد", NOW.plusSeconds(60));
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(licence.getStatusReason()).isEqualTo("تعطیل شد");
        assertThatThrownBy(() -> licence.revoke("باز", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReasonIsRequiredAndLimited() {
        Licence licence = licence();
        assertThatThrownBy(() -> licence.suspend(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> licence.revoke("ب".repeat(Licence.REASON_LENGTH + 1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.VALID);
        licence.revoke("ب".repeat(Licence.REASON_LENGTH), NOW);
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.REVOKED);
    }
}
