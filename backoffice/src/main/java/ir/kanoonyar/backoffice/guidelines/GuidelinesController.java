package ir.kanoonyar.backoffice.guidelines;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.RequestType;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national admin's settings pages: the guideline (a new version with an effective date, the
 * history kept), and per province the review route of each request type and the inquiries each
 * type needs. Everyone else gets 403.
 */
@Controller
class GuidelinesController {

    private final CurrentStaff current;
    private final GuidelineSettings settings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    GuidelinesController(CurrentStaff current, GuidelineSettings settings, MessageSource messages,
                         java.time.Clock clock) {
        this.current = current;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/guidelines")
    String guidelines(Model model) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        List<GuidelineVersion> history = settings.history(scope);
        GuidelineForm form = GuidelineForm.of(history.isEmpty() ? null : history.get(0),
                JalaliDate.from(JalaliDate.today(clock).toLocalDate().plusDays(1)).toString());
        return guidelinesPage(scope, form, model);
    }

    @PostMapping("/guidelines")
    String addVersion(@Valid @ModelAttribute GuidelineForm form, BindingResult typed, Model model,
                      RedirectAttributes redirect) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        if (!typed.hasFieldErrors("effectiveDate")
                && form.effectiveFrom().isBefore(JalaliDate.today(clock).toLocalDate().atStartOfDay(JalaliDate.TEHRAN).toInstant())) {
            // Never in the past, so a request already judged keeps its rules.
            typed.rejectValue("effectiveDate", "guideline.error.pastDate");
        }
        if (typed.hasErrors()) {
            return guidelinesPage(scope, form, model);
        }
        GuidelineVersion saved;
        try {
            saved = settings.addVersion(scope, form.builder());
        } catch (DataIntegrityViolationException e) {
            // Another admin saved a version at the same moment: nothing was lost, try again.
            typed.reject("guideline.error.conflict");
            return guidelinesPage(scope, form, model);
        }
        redirect.addFlashAttribute("notice", text("guideline.saved",
                PersianText.toPersianDigits(String.valueOf(saved.getVersionNumber())), date(saved.getEffectiveFrom())));
        return "redirect:/guidelines";
    }

    private String guidelinesPage(StaffScope scope, GuidelineForm form, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("inForce", settings.inForce(scope).map(this::row).orElse(null));
        model.addAttribute("history", settings.history(scope).stream().map(this::row).toList());
        model.addAttribute("guidelineForm", form);
        // Ticked national courses come back as checkboxes; any other code stays in the text field.
        List<GuidelineSettings.CourseChoice> choices = settings.nationalCourses(scope);
        Set<String> offered = choices.stream().map(GuidelineSettings.CourseChoice::code)
                .collect(java.util.stream.Collectors.toSet());
        List<String> typed = GuidelineForm.courseCodes(form.getRequiredCourses());
        model.addAttribute("courseChoices", choices);
        model.addAttribute("chosenCourses", typed.stream().filter(offered::contains).toList());
        model.addAttribute("otherCourses", String.join(", ", typed.stream().filter(c -> !offered.contains(c)).toList()));
        model.addAttribute("educations", Education.values());
        return "guidelines/guidelines";
    }

    private VersionRow row(GuidelineVersion v) {
        return new VersionRow(v.getVersionNumber(), date(v.getEffectiveFrom()), v.getMinAge(), v.getMaxAge(),
                v.getMinEducation(), v.isGenderMustMatch(), v.getMaxKanoonsPerManager(),
                String.join("، ", v.getRequiredCourses()), v.getTrainingWithinDays(), v.getMinMembersUrban(),
                v.getMinMembersRural(), v.getNote(), v.getCreatedBy());
    }

    // ---- review routes and inquiry requirements ----

    @GetMapping("/guidelines/routes")
    String routes(@RequestParam(required = false) Long province, Model model) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        return routesPage(scope, province, null, model);
    }

    @PostMapping("/guidelines/routes")
    String saveRoute(@Valid @ModelAttribute RouteForm form, BindingResult typed, Model model,
                     RedirectAttributes redirect) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        Long province = form.getProvince();
        settings.province(scope, province);
        if (form.getType() == null || typed.hasFieldErrors("type") || typed.hasFieldErrors("province")) {
            // Hidden fields the page always sends: only a forged or broken form lacks them.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (typed.hasErrors()) {
            return routesPage(scope, province, form, model);
        }
        try {
            settings.saveRoute(scope, province, form.getType(), form.isCountyReview(), form.isProvinceReview(),
                    form.consentRoles(), form.getReviewDays());
        } catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", text("route.error.conflict"));
            return redirectToRoutes(province);
        }
        redirect.addFlashAttribute("notice", text("route.saved"));
        return redirectToRoutes(province);
    }

    @PostMapping("/guidelines/routes/default")
    String useNationalDefault(@RequestParam long province, @RequestParam RequestType type,
                              RedirectAttributes redirect) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        settings.useNationalDefault(scope, province, type);
        redirect.addFlashAttribute("notice", text("route.defaultRestored"));
        return redirectToRoutes(province);
    }

    @PostMapping("/guidelines/inquiries")
    String requireInquiry(@RequestParam RequestType requestType, @RequestParam InquiryType inquiryType,
                          @RequestParam(required = false) Long province, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        try {
            settings.require(scope, requestType, inquiryType);
        } catch (DataIntegrityViolationException e) {
            // The same requirement was added at the same moment: it is there either way.
        }
        redirect.addFlashAttribute("notice", text("route.inquiry.added"));
        return redirectToRoutes(province);
    }

    @PostMapping("/guidelines/inquiries/{id}/remove")
    String dropInquiry(@PathVariable long id, @RequestParam(required = false) Long province,
                       RedirectAttributes redirect) {
        StaffScope scope = current.get();
        GuidelineSettings.requireNational(scope);
        settings.drop(scope, id);
        redirect.addFlashAttribute("notice", text("route.inquiry.removed"));
        return redirectToRoutes(province);
    }

    /** @param refused the route form just refused, shown in its row with what was typed; null for none */
    private String routesPage(StaffScope scope, Long provinceId, RouteForm refused, Model model) {
        var province = settings.province(scope, provinceId);
        if (refused == null) {
            model.addAttribute("routeForm", new RouteForm());
        }
        model.addAttribute("staff", scope);
        model.addAttribute("provinces", settings.provinces(scope));
        model.addAttribute("province", province);
        model.addAttribute("routes", settings.routes(scope, provinceId));
        model.addAttribute("consentRoles", ConsentRole.values());
        model.addAttribute("requestTypes", RequestType.values());
        model.addAttribute("inquiryTypes", InquiryType.values());
        model.addAttribute("requirements", settings.requirements(scope));
        return "guidelines/routes";
    }

    private static String redirectToRoutes(Long province) {
        return province == null ? "redirect:/guidelines/routes" : "redirect:/guidelines/routes?province=" + province;
    }

    private static String date(Instant at) {
        return JalaliDate.of(at, JalaliDate.TEHRAN).formatLong();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

    record VersionRow(int number, String effectiveFrom, int minAge, int maxAge, Education minEducation,
                      boolean genderMustMatch, int maxKanoonsPerManager, String requiredCourses,
                      int trainingWithinDays, int minMembersUrban, int minMembersRural, String note,
                      String createdBy) {
    }
}
