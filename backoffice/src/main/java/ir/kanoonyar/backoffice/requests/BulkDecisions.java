package ir.kanoonyar.backoffice.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.ApprovalBlockedException;
import ir.kanoonyar.db.request.IllegalTransitionException;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Approving (or, below the route's last level, forwarding) several manager registrations at once from
 * the inbox. Each one goes through {@link Decisions#decide} in its own transaction, exactly as if
 * approved alone on its page (scope, step, the version shown, consents and inquiries), so one refusal
 * neither stops nor undoes the others. Only manager registrations: the other types need their
 * documents, consents and inquiries read one by one.
 */
@Service
public class BulkDecisions {

    /** The most requests one action decides: a page of the inbox at its largest. */
    static final int MAX = 100;

    /** One request picked on the list, with the version the list showed. */
    public record Pick(long id, long version) {

        /** {@code <id>:<version>} as the list's checkboxes send it; null when malformed. */
        static Pick parse(String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon < 0) {
                return null;
            }
            try {
                return new Pick(Long.parseLong(text.substring(0, colon).strip()),
                        Long.parseLong(text.substring(colon + 1).strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** What happened to one request: done, or refused and why (in Persian); a flash attribute, so kept in the session. */
    public record Outcome(String request, boolean done, String reason) implements java.io.Serializable {
    }

    private final Decisions decisions;
    private final RequestPages pages;
    private final MessageSource messages;

    public BulkDecisions(Decisions decisions, RequestPages pages, MessageSource messages) {
        this.decisions = decisions;
        this.pages = pages;
        this.messages = messages;
    }

    public static List<Pick> picks(List<String> texts) {
        List<Pick> picks = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                Pick pick = Pick.parse(text);
                if (pick != null && picks.stream().noneMatch(p -> p.id() == pick.id())) {
                    picks.add(pick);
                }
            }
        }
        return picks;
    }

    /** Approves each pick in turn; the list is in the order picked. Callers check the size against {@link #MAX}. */
    public List<Outcome> approve(StaffScope scope, List<Pick> picks, String comment) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Pick pick : picks) {
            outcomes.add(approveOne(scope, pick, comment));
        }
        return outcomes;
    }

    private Outcome approveOne(StaffScope scope, Pick pick, String comment) {
        Request request;
        try {
            request = pages.inScope(scope, pick.id());
        } catch (ResponseStatusException notInScope) {
            // Outside the region, exactly like an id that does not exist: nothing about it is said.
            return refused(text("bulk.request.unknown", PersianText.toPersianDigits(String.valueOf(pick.id()))),
                    text("bulk.refused.notFound"));
        }
        String name = code(request);
        if (request.getType() != RequestType.MANAGER_REGISTRATION) {
            return refused(name, text("bulk.refused.notManagerRegistration"));
        }
        try {
            decisions.decide(scope, pick.id(), pick.version(), Decision.APPROVE, comment, List.of());
            return new Outcome(name, true, null);
        } catch (StaleDecisionException | ObjectOptimisticLockingFailureException e) {
            return refused(name, text("bulk.refused.changed"));
        } catch (IllegalTransitionException | NotYourStepException e) {
            return refused(name, text("bulk.refused.notYourStep"));
        } catch (ApprovalBlockedException e) {
            List<String> missing = new ArrayList<>();
            e.getMissingConsents().forEach(r -> missing.add(text("consentRole." + r.name())));
            e.getMissingInquiries().forEach(t -> missing.add(text("inquiryType." + t.name())));
            return new Outcome(name, false, text("decision.blocked", String.join("، ", missing)));
        }
    }

    private static Outcome refused(String name, String reason) {
        return new Outcome(name, false, reason);
    }

    private static String code(Request request) {
        String code = request.getTrackingCode();
        return PersianText.toPersianDigits(TrackingCode.isValid(code) ? TrackingCode.display(code) : code);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
