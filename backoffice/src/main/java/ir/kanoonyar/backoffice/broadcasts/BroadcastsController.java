package ir.kanoonyar.backoffice.broadcasts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastAudience;
import ir.kanoonyar.db.broadcast.BroadcastProgress;
import ir.kanoonyar.db.broadcast.BroadcastStatus;
import ir.kanoonyar.db.broadcast.KanoonArea;
import ir.kanoonyar.db.broadcast.MediaKind;
import ir.kanoonyar.db.broadcast.SegmentRole;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The broadcast pages: the list, compose (with the live count), progress and its buttons. */
@Controller
class BroadcastsController {

    private final CurrentStaff staff;
    private final Broadcasts broadcasts;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final MessageSource messages;

    BroadcastsController(CurrentStaff staff, Broadcasts broadcasts, ProvinceRepository provinces,
                         CountyRepository counties, MessageSource messages) {
        this.staff = staff;
        this.broadcasts = broadcasts;
        this.provinces = provinces;
        this.counties = counties;
        this.messages = messages;
    }

    /** Load the CSRF token before the page is written (the forms come late in it). */
    @ModelAttribute
    void loadCsrfToken(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    @GetMapping("/broadcasts")
    String list(Model model) {
        StaffScope scope = staff.get();
        model.addAttribute("staff", scope);
        model.addAttribute("rows", broadcasts.list(scope));
        return "broadcasts/list";
    }

    /** The compose form; with ?count=1 (the "how many" button without JavaScript) it shows the reach. */
    @GetMapping("/broadcasts/new")
    ModelAndView compose(@ModelAttribute("form") BroadcastForm typed, BindingResult binding,
                         @RequestParam(defaultValue = "false") boolean count) {
        StaffScope scope = staff.get();
        if (!count) {
            return composePage(scope, BroadcastForm.empty());
        }
        ModelAndView page = composePage(scope, typed);
        if (binding.hasErrors()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            page.addObject("reach", reachText(broadcasts.count(scope, typed)));
        } catch (BroadcastProblem.Refused e) {
            return refused(scope, typed, binding, e);
        }
        return page;
    }

    /** How many a segment reaches, for the compose page's script. */
    @GetMapping("/broadcasts/count")
    @ResponseBody
    ResponseEntity<Map<String, Object>> count(@ModelAttribute BroadcastForm segment, BindingResult binding) {
        if (binding.hasErrors()) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    messages.getMessage(binding.getAllErrors().get(0), Locale.ROOT)));
        }
        try {
            BroadcastAudience.Reach reach = broadcasts.count(staff.get(), segment);
            return ResponseEntity.ok(Map.of("chats", reach.chats(), "people", reach.people(), "text", reachText(reach)));
        } catch (BroadcastProblem.Refused e) {
            HttpStatus status = e.problem == BroadcastProblem.OUT_OF_SCOPE ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(Map.of("error", text(e.problem.key)));
        }
    }

    @PostMapping("/broadcasts")
    ModelAndView create(@Valid @ModelAttribute("form") BroadcastForm form, BindingResult typed,
                        @RequestParam(required = false) String fileKind,
                        @RequestParam(required = false) MultipartFile file,
                        RedirectAttributes redirect) {
        StaffScope scope = staff.get();
        if (typed.hasErrors()) {
            ModelAndView page = composePage(scope, form);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            BroadcastFile checked = file == null || file.isEmpty() ? null
                    : BroadcastFile.check("DOCUMENT".equals(fileKind) ? MediaKind.DOCUMENT : MediaKind.PHOTO,
                    file.getOriginalFilename(), bytes(file));
            long id = broadcasts.create(scope, form, checked);
            redirect.addFlashAttribute("notice", "later".equals(form.getWhen()) ? text("broadcast.scheduled") : text("broadcast.sent"));
            return new ModelAndView("redirect:/broadcasts/" + id);
        } catch (BroadcastProblem.Refused e) {
            return refused(scope, form, typed, e);
        }
    }

    @GetMapping("/broadcasts/{id}")
    String progress(@PathVariable long id, Model model) {
        StaffScope scope = staff.get();
        BroadcastProgress progress = broadcasts.progress(scope, id);
        // Read after the progress, which may have marked it done.
        Broadcast broadcast = broadcasts.find(scope, id);
        model.addAttribute("staff", scope);
        model.addAttribute("b", broadcast);
        model.addAttribute("region", regionName(broadcasts.region(broadcast)));
        model.addAttribute("media", broadcasts.media(broadcast));
        model.addAttribute("p", view(broadcast, progress));
        model.addAttribute("scheduledAt", TehranTime.format(broadcast.getScheduledAt()));
        return "broadcasts/progress";
    }

    @GetMapping("/broadcasts/{id}/progress")
    @ResponseBody
    Map<String, Object> progressJson(@PathVariable long id) {
        StaffScope scope = staff.get();
        BroadcastProgress progress = broadcasts.progress(scope, id);
        return view(broadcasts.find(scope, id), progress);
    }

    @PostMapping("/broadcasts/{id}/pause")
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        return move(id, redirect, () -> {
            broadcasts.pause(staff.get(), id);
            return text("broadcast.paused");
        });
    }

    @PostMapping("/broadcasts/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return move(id, redirect, () -> {
            broadcasts.resume(staff.get(), id);
            return text("broadcast.resumed");
        });
    }

    @PostMapping("/broadcasts/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return move(id, redirect, () -> {
            broadcasts.cancel(staff.get(), id);
            return text("broadcast.cancelled");
        });
    }

    /** @param action does the move and says what was done */
    private String move(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (BroadcastProblem.Refused e) {
            redirect.addFlashAttribute("problem", text(e.problem.key));
        }
        return "redirect:/broadcasts/" + id;
    }

    /** What the progress page shows, and its script reads every two seconds. */
    private Map<String, Object> view(Broadcast broadcast, BroadcastProgress progress) {
        BroadcastStatus status = broadcast.getStatus();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", status.name());
        // Until the rows have followed a pause, resume or cancel, the page says they are still moving.
        boolean rowsMoving = broadcast.rowsMoving();
        view.put("statusText", rowsMoving ? rowsMovingText(status) : text("broadcast.status." + status.name()));
        view.put("rowsMoving", rowsMoving);
        view.put("sent", digits(progress.sent()));
        view.put("failed", digits(progress.failed()));
        view.put("blocked", digits(progress.blocked()));
        view.put("cancelled", digits(progress.cancelled()));
        view.put("left", digits(progress.left()));
        view.put("total", digits(progress.total()));
        view.put("percent", progress.percent());
        view.put("percentText", digits(progress.percent()) + "٪");
        view.put("done", progress.total() - progress.left());
        view.put("all", progress.total());
        view.put("eta", progress.left() == 0 ? text("broadcast.eta.done")
                : progress.estimatedFinish() == null ? text("broadcast.eta.unknown")
                : TehranTime.format(progress.estimatedFinish()));
        view.put("moving", status == BroadcastStatus.SENDING || status == BroadcastStatus.SCHEDULED || rowsMoving);
        view.put("canPause", status.canMoveTo(BroadcastStatus.PAUSED));
        view.put("canResume", status == BroadcastStatus.PAUSED);
        view.put("canCancel", status.canMoveTo(BroadcastStatus.CANCELLED));
        return view;
    }

    /** Only a sending, paused or cancelled broadcast has rows to move. */
    private String rowsMovingText(BroadcastStatus status) {
        return switch (status) {
            case PAUSED -> text("broadcast.rowsMoving.PAUSED");
            case SENDING -> text("broadcast.rowsMoving.SENDING");
            default -> text("broadcast.rowsMoving.CANCELLED");
        };
    }

    /** The compose page again, with the reason next to the field it is about (or above the form). */
    private ModelAndView refused(StaffScope scope, BroadcastForm form, BindingResult typed, BroadcastProblem.Refused e) {
        ModelAndView page = composePage(scope, form);
        switch (e.problem) {
            case COUNTY_NOT_IN_PROVINCE -> typed.rejectValue("county", e.problem.key);
            case ROLE -> typed.rejectValue("role", e.problem.key);
            case TEXT_EMPTY, TEXT_TOO_LONG, CAPTION_TOO_LONG -> typed.rejectValue("text", e.problem.key);
            case WHEN, PAST -> typed.rejectValue("date", e.problem.key);
            // A file is never sent back to the browser, so its reason stands beside the empty file field.
            case FILE_TOO_LARGE, NOT_A_PHOTO, NOT_A_DOCUMENT -> page.addObject("fileProblem", text(e.problem.key));
            default -> typed.reject(e.problem.key);
        }
        // Another region named in the form is answered like any place outside the scope: not found.
        page.setStatus(e.problem == BroadcastProblem.OUT_OF_SCOPE ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView composePage(StaffScope scope, BroadcastForm form) {
        ModelAndView page = new ModelAndView("broadcasts/compose");
        page.addObject("staff", scope);
        page.addObject("form", form);
        page.addObject("provinces", scope.role() == StaffRole.NATIONAL_ADMIN ? provinces.findAllByOrderByCodeAsc() : List.of());
        page.addObject("counties", countiesOf(scope));
        page.addObject("roles", SegmentRole.values());
        page.addObject("audiences", KanoonAudience.values());
        page.addObject("areas", KanoonArea.values());
        page.addObject("maxText", Broadcast.MAX_TEXT);
        page.addObject("maxCaption", Broadcast.MAX_CAPTION);
        return page;
    }

    private List<County> countiesOf(StaffScope scope) {
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> counties.findAll().stream()
                    .sorted(java.util.Comparator.comparing(County::getCode)).toList();
            case PROVINCE_STAFF -> counties.findByProvinceIdOrderByCodeAsc(scope.provinceId());
            case COUNTY_STAFF -> List.of();
        };
    }

    private String regionName(String name) {
        return name.isEmpty() ? text("broadcast.region.all") : name;
    }

    private String reachText(BroadcastAudience.Reach reach) {
        return text("broadcast.reach", digits(reach.people()), digits(reach.chats()));
    }

    private static String digits(long n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
