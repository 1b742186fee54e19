package ir.kanoonyar.backoffice.staff;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One staff account's page (GET/POST /staff/{id}): the national admin edits its name, role and place;
 * whoever manages it disables or enables it and makes a one-time password-setting link.
 */
@Controller
class StaffAccountController {

    private final CurrentStaff current;
    private final StaffAdmin admin;
    private final PasswordLinks links;
    private final MessageSource messages;

    StaffAccountController(CurrentStaff current, StaffAdmin admin, PasswordLinks links, MessageSource messages) {
        this.current = current;
        this.admin = admin;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/staff/{id}")
    String account(@PathVariable long id, Model model) {
        StaffScope scope = current.get();
        StaffAccount account = admin.manageable(scope, id);
        StaffEditForm form = new StaffEditForm();
        form.setDisplayName(account.getDisplayName());
        form.setRole(account.getRole());
        form.setProvinceId(account.getProvinceId());
        form.setCountyId(account.getCountyId());
        return page(scope, account, form, model);
    }

    @PostMapping("/staff/{id}")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") StaffEditForm form, BindingResult errors,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        StaffAdmin.requireNational(scope);
        StaffAccount account = admin.manageable(scope, id);
        if (errors.hasErrors()) {
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
            return page(scope, account, form, model);
        }
        try {
            StaffAccount saved = admin.edit(scope, id, form, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", text("staff.edit.saved", saved.getUsername()));
            return "redirect:/staff/" + id;
        } catch (StaffAdmin.Refused e) {
            model.addAttribute("problem", text(e.key));
            return page(scope, account, form, model);
        }
    }

    @PostMapping("/staff/{id}/password-link")
    String passwordLink(@PathVariable long id, HttpServletRequest request, Model model) {
        StaffScope scope = current.get();
        StaffAccount account = admin.manageable(scope, id);
        PasswordLinks.Issued issued = links.issue(scope, id, request.getRemoteAddr());
        model.addAttribute("notice", text("passwordLink.issued", account.getUsername(),
                JalaliDate.tehranDayAndTime(issued.expiresAt())));
        model.addAttribute("issuedLink", issued.url());
        StaffEditForm form = new StaffEditForm();
        form.setDisplayName(account.getDisplayName());
        form.setRole(account.getRole());
        form.setProvinceId(account.getProvinceId());
        form.setCountyId(account.getCountyId());
        return page(scope, account, form, model);
    }

    private String page(StaffScope scope, StaffAccount account, StaffEditForm form, Model model) {
        boolean national = scope.role() == StaffRole.NATIONAL_ADMIN;
        model.addAttribute("staff", scope);
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("national", national);
        model.addAttribute("regions", national ? admin.regions(scope) : java.util.List.of());
        return "staff/account";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
