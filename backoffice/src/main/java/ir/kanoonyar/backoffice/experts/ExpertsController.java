package ir.kanoonyar.backoffice.experts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.consultation.ExpertProfiles;
import ir.kanoonyar.db.consultation.ProfileProblem;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «شبکه‌ی کارشناسان»: the directory of staff across the country (GET /experts), filtered by
 * province, specialty and whether they take consultations; and the staff member's own entry, saved
 * from their account page (POST /account/expert).
 */
@Controller
class ExpertsController {

    private final CurrentStaff current;
    private final ExpertProfiles profiles;
    private final ProvinceRepository provinces;
    private final MessageSource messages;

    ExpertsController(CurrentStaff current, ExpertProfiles profiles, ProvinceRepository provinces,
                      MessageSource messages) {
        this.current = current;
        this.profiles = profiles;
        this.provinces = provinces;
        this.messages = messages;
    }

    @GetMapping("/experts")
    String directory(@RequestParam(required = false) String province, @RequestParam(required = false) String specialty,
                     @RequestParam(required = false) String taking, Model model) {
        StaffScope scope = current.get();
        List<Province> all = provinces.findAll().stream().sorted(Comparator.comparing(Province::getName)).toList();
        // A forged or unknown province filters nothing rather than failing.
        Long provinceId = number(province).filter(id -> all.stream().anyMatch(p -> p.getId().equals(id))).orElse(null);
        String typed = specialty == null ? "" : PersianText.normalize(specialty);
        String wanted = typed.length() > 100 ? typed.substring(0, 100) : typed;
        boolean takingOnly = "1".equals(taking) || "true".equals(taking);
        model.addAttribute("staff", scope);
        model.addAttribute("provinces", all);
        model.addAttribute("province", provinceId);
        model.addAttribute("specialty", wanted);
        model.addAttribute("taking", takingOnly);
        model.addAttribute("experts", profiles.directory(provinceId, wanted, takingOnly));
        return "experts/directory";
    }

    @PostMapping("/account/expert")
    String saveProfile(@Valid @ModelAttribute ExpertProfileForm form, BindingResult typed, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        if (scope.accountId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (typed.hasErrors()) {
            redirect.addFlashAttribute("problem", text("experts.profile.tooLong"));
            return "redirect:/account/password";
        }
        Optional<ProfileProblem> problem = profiles.update(scope.accountId(), form.getSpecialties(),
                form.isTakesConsultations());
        if (problem.isPresent()) {
            redirect.addFlashAttribute("problem", switch (problem.get()) {
                case TOO_MANY_TAGS -> text("experts.profile.tooManyTags", digits(ExpertProfiles.MAX_TAGS));
                case TAG_TOO_LONG -> text("experts.profile.tagTooLong", digits(ExpertProfiles.MAX_TAG_LENGTH));
            });
        } else {
            redirect.addFlashAttribute("notice", text("experts.profile.saved"));
        }
        return "redirect:/account/password";
    }

    private static Optional<Long> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String digits = PersianText.normalize(value);
        return digits.matches("\\d{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    private static String digits(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
