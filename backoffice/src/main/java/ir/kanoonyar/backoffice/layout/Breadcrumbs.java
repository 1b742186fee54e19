package ir.kanoonyar.backoffice.layout;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout (fragments/layout.html) needs on every page besides the staff member: the area the
 * address belongs to, to mark it in the navigation column, and the trail of breadcrumbs above the
 * page's title. Derived from the address so no controller or template has to pass them; a page may
 * still add its own crumbs under the model attribute {@code crumbs}.
 */
@ControllerAdvice
public class Breadcrumbs {

    /** One step of the trail: a message key and where it leads. */
    public record Crumb(String labelKey, String href) {
    }

    /** The areas of the back-office, most specific first, with the message key of each one's name. */
    private static final List<Crumb> AREAS = List.of(
            new Crumb("route.nav", "/guidelines/routes"),
            new Crumb("guideline.nav", "/guidelines"),
            new Crumb("nav.inbox", "/requests"),
            new Crumb("broadcast.nav", "/broadcasts"),
            new Crumb("training.nav", "/training"),
            new Crumb("activity.nav", "/activity-reports"),
            new Crumb("staff.nav", "/staff"),
            new Crumb("staff.audit.nav", "/audit"),
            new Crumb("chatLink.nav", "/my-chat"),
            new Crumb("experts.nav", "/experts"),
            new Crumb("consultation.nav", "/consultations"),
            new Crumb("board.nav", "/board"),
            new Crumb("nav.password", "/account/password"),
            new Crumb("identity.sign.nav", "/sign-photos"),
            new Crumb("identity.nav", "/identity/templates"),
            new Crumb("tickets.nav", "/tickets"),
            new Crumb("knowledge.nav", "/knowledge"));

    @ModelAttribute("navPath")
    public String navPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("trail")
    public List<Crumb> trail(HttpServletRequest request) {
        String path = navPath(request);
        List<Crumb> trail = new ArrayList<>();
        // The dashboard is the home page: its own pages start from it, everything else from the inbox.
        if (path.equals("/") || path.startsWith("/dashboard/")) {
            trail.add(new Crumb("dashboard.nav", "/"));
            return trail;
        }
        trail.add(new Crumb("nav.inbox", "/inbox"));
        for (Crumb area : AREAS) {
            if (path.equals(area.href()) || path.startsWith(area.href() + "/")) {
                // A request page belongs to the inbox, which is already the first step.
                if (!area.href().equals("/requests")) {
                    trail.add(area);
                }
                break;
            }
        }
        return trail;
    }
}
