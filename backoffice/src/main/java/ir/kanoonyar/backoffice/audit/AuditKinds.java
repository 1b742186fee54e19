package ir.kanoonyar.backoffice.audit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of things the audit log records, as the page names and filters them. An entry is either
 * a named event (a login, a password set through a link, an account made…) or an action posted from a
 * page (recorded by ActionAudit as its method and address); the latter's kind is the address with its
 * numbers taken out: "POST /requests/3/approve" is of kind {@code POST.requests.id.approve}. Each
 * kind's Persian name is {@code audit.kind.<kind>} in the bundle.
 */
public final class AuditKinds {

    private static final Pattern NUMBER = Pattern.compile("^\\d+$");

    /** Every kind the app records, in the order the filter offers them; each has its name in the bundle. */
    public static final List<String> KNOWN = List.of(
            "LOGIN", "LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_THROTTLED", "PASSWORD_CHANGED",
            "POST.requests.id.approve", "POST.requests.id.reject", "POST.requests.id.return",
            "POST.requests.id.confirm", "POST.requests.id.inquiries", "POST.requests.id.inquiries.id.answer",
            "STAFF_CREATED", "STAFF_EDITED", "POST.staff", "POST.staff.id", "POST.staff.id.enabled",
            "POST.staff.id.password-link", "PASSWORD_LINK_SENT", "PASSWORD_SET_BY_LINK", "POST.account.password",
            "POST.broadcasts", "POST.broadcasts.id.pause", "POST.broadcasts.id.resume", "POST.broadcasts.id.cancel",
            "POST.guidelines", "POST.guidelines.routes", "POST.guidelines.routes.default", "POST.guidelines.inquiries",
            "POST.guidelines.inquiries.id.remove",
            "POST.training", "POST.training.id.draft", "POST.training.id.versions.id.describe",
            "POST.training.id.versions.id.lessons", "POST.training.id.lessons.id", "POST.training.id.lessons.id.move",
            "POST.training.id.lessons.id.remove", "POST.training.id.versions.id.questions",
            "POST.training.id.questions.id", "POST.training.id.questions.id.remove",
            "POST.training.id.versions.id.publish", "POST.training.id.archive",
            "POST.training.id.unarchive", "POST.training.id.certificates.revoke",
            "POST.my-chat.link",
            "ACTIVITY_ACCEPTED", "ACTIVITY_DOUBTFUL", "POST.activity-reports.id.accept",
            "POST.activity-reports.id.doubt",
            "POST.account.expert", "POST.requests.id.consult", "POST.consultations.id.answer", "POST.board",
            "POST.board.id.replies", "POST.board.id.pin",
            "IDENTITY_TEMPLATE_PUBLISHED", "IDENTITY_KIT_SENT", "SIGN_CONFIRMED", "SIGN_FIX_ASKED",
            "POST.tickets.id.consult",
            "MEMBER_PHONES_VIEWED");

    private AuditKinds() {
    }

    /** The kind of a stored entry. */
    public static String of(String action, String target) {
        if (!isHttpMethod(action)) {
            return action;
        }
        StringBuilder kind = new StringBuilder(action);
        String path = target == null ? "" : target.split("\\?", 2)[0];
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                kind.append('.').append(NUMBER.matcher(segment).matches() ? "id" : segment);
            }
        }
        return kind.toString();
    }

    /** For a kind of posted action, the stored method; null for a named event. */
    static String method(String kind) {
        int dot = kind.indexOf('.');
        String first = dot < 0 ? kind : kind.substring(0, dot);
        return isHttpMethod(first) ? first : null;
    }

    /** For a kind of posted action, the SQL LIKE pattern of its stored address: /requests/%/approve. */
    static String targetPattern(String kind) {
        String[] parts = kind.split("\\.");
        StringBuilder like = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            like.append('/').append("id".equals(parts[i]) ? "%" : parts[i].replace("_", "\\_"));
        }
        return like.toString();
    }

    private static boolean isHttpMethod(String action) {
        return "POST".equals(action) || "PUT".equals(action) || "DELETE".equals(action) || "PATCH".equals(action);
    }
}
