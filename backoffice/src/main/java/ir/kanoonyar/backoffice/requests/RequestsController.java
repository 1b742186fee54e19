package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.Consultations;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.deputy.DeputySuccession;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.ServiceRequestTickets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The request page, within the staff member's scope (the inbox: InboxController; decisions:
 * DecisionsController; its consultations: consultations/ConsultationsController).
 */
@Controller
public class RequestsController {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";

    private final CurrentStaff staff;
    private final RequestPages pages;
    private final Consultations consultations;
    private final DeputySuccession succession;
    private final ServiceRequestTickets serviceTickets;

    public RequestsController(CurrentStaff staff, RequestPages pages, Consultations consultations,
            DeputySuccession succession, ServiceRequestTickets serviceTickets) {
        this.staff = staff;
        this.pages = pages;
        this.consultations = consultations;
        this.succession = succession;
        this.serviceTickets = serviceTickets;
    }

    /**
     * The pages are long and have many forms: load (and set in its cookie) the CSRF token before the
     * first bytes go out, not when a form deep in the page asks for it after the response is committed.
     */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping("/requests/{id}")
    public String request(@PathVariable long id, Model model) {
        StaffScope scope = staff.get();
        model.addAttribute("staff", scope);
        model.addAttribute("view", pages.view(scope, id));
        // What colleagues asked experts of other provinces about it, and their answers (issue 11).
        model.addAttribute("consultations", consultations.about(SubjectKind.REQUEST, id));
        // A resignation or retirement of a kanoon with a deputy: the county may make the deputy its manager.
        model.addAttribute("succession", succession.offerFor(pages.inScope(scope, id)).orElse(null));
        // A service request's ticket, where staff talk with the manager (issue 11); the decision stays here.
        model.addAttribute("serviceTicket", serviceTickets.ofRequest(id).orElse(null));
        model.addAttribute("mayPropose", scope.role() == StaffRole.COUNTY_STAFF);
        return "requests/request";
    }
}
