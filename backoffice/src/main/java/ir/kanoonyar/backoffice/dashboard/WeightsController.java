package ir.kanoonyar.backoffice.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.indicator.IndicatorWeights;
import ir.kanoonyar.db.indicator.IndicatorWeightsStore;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The composite score's weights, for the national admin only: the versions so far, and a new version
 * that takes effect now (the months rolled up from then on use it; months already rolled up keep theirs
 * until recomputed). Anyone else gets 404.
 */
@Controller
class WeightsController {

    private final CurrentStaff current;
    private final IndicatorWeightsStore weights;
    private final MessageSource messages;
    private final Clock clock;

    WeightsController(CurrentStaff current, IndicatorWeightsStore weights, MessageSource messages, Clock clock) {
        this.current = current;
        this.weights = weights;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/weights")
    String page(Model model) {
        StaffScope scope = nationalAdmin();
        model.addAttribute("form", weights.inForceAt(clock.instant()).map(WeightsForm::of).orElseGet(WeightsForm::new));
        return page(scope, model);
    }

    @PostMapping("/dashboard/weights")
    String add(@Valid @ModelAttribute("form") WeightsForm form, BindingResult typed, Model model,
               RedirectAttributes redirect) {
        StaffScope scope = nationalAdmin();
        if (typed.hasErrors()) {
            return page(scope, model);
        }
        Instant now = clock.instant();
        IndicatorWeights draft = new IndicatorWeights(0, now, form.getReports(), form.getParticipants(),
                form.getCorridors(), form.getRegularity(), form.getTraining(), form.getLicence(), form.getMembers(),
                form.getTargetReports(), form.getTargetParticipants(), form.getTargetCorridors(),
                form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip(), scope.username(),
                now);
        if ("WEIGHT_SUM".equals(draft.problem())) {
            typed.reject("dashboard.weights.sum");
            return page(scope, model);
        }
        if (draft.problem() != null) {
            typed.reject("dashboard.weights.range");
            return page(scope, model);
        }
        IndicatorWeights saved = weights.add(draft);
        redirect.addFlashAttribute("notice", text("dashboard.weights.saved",
                JalaliDate.tehranDayAndTime(saved.effectiveFrom())));
        return "redirect:/dashboard/weights";
    }

    private String page(StaffScope scope, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("versions", weights.all().stream()
                .map(w -> new Version(w, JalaliDate.tehranDayAndTime(w.effectiveFrom()))).toList());
        return "dashboard/weights";
    }

    /** A saved version with the Jalali time it took effect. */
    public record Version(IndicatorWeights w, String from) {
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

    private StaffScope nationalAdmin() {
        StaffScope scope = current.get();
        if (scope.role() != StaffRole.NATIONAL_ADMIN) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return scope;
    }
}
