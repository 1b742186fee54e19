package ir.kanoonyar.backoffice.activity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.activity.ActivityPhotos;
import ir.kanoonyar.db.activity.ActivityRefusal;
import ir.kanoonyar.db.activity.ActivityReport;
import ir.kanoonyar.db.activity.ActivityReportStatus;
import ir.kanoonyar.db.activity.ActivityReviews;
import ir.kanoonyar.db.audit.AuditEntry;
import ir.kanoonyar.db.audit.AuditEntryRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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
 * «گزارش‌های فعالیت»: the review queue of the staff member's region with each report's photos;
 * county staff accept or flag as doubtful what waits, province staff may also re-review. A report or
 * photo outside the region, or an id that is not one, is "not found" (404).
 */
@Controller
class ActivityReviewController {

    private final CurrentStaff current;
    private final ReviewQueue queue;
    private final ActivityReviews reviews;
    private final ActivityPhotos photos;
    private final AuditEntryRepository audit;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Clock clock;

    ActivityReviewController(CurrentStaff current, ReviewQueue queue, ActivityReviews reviews, ActivityPhotos photos,
                             AuditEntryRepository audit, TransactionTemplate tx, MessageSource messages, Clock clock) {
        this.current = current;
        this.queue = queue;
        this.reviews = reviews;
        this.photos = photos;
        this.audit = audit;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/activity-reports")
    String list(@RequestParam(required = false) String status, Model model) {
        StaffScope scope = current.get();
        ActivityReportStatus shown = status(status, scope);
        model.addAttribute("staff", scope);
        model.addAttribute("shown", shown == null ? "ALL" : shown.name());
        model.addAttribute("statuses", ActivityReportStatus.values());
        model.addAttribute("reports", queue.list(scope, shown));
        model.addAttribute("total", queue.count(scope, shown));
        model.addAttribute("limit", ReviewQueue.SHOWN);
        model.addAttribute("canReview", ReviewQueue.level(scope).isPresent());
        return "activity/list";
    }

    /** County staff start at what waits for them; others at everything. "ALL" shows every status. */
    private static ActivityReportStatus status(String typed, StaffScope scope) {
        if (typed == null || typed.isBlank()) {
            return scope.role() == StaffRole.COUNTY_STAFF ? ActivityReportStatus.SUBMITTED : null;
        }
        for (ActivityReportStatus s : ActivityReportStatus.values()) {
            if (s.name().equals(typed)) {
                return s;
            }
        }
        return null;
    }

    @GetMapping("/activity-reports/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId) {
        long reportId = covered(current.get(), id).id();
        ActivityPhotos.Content content = number(photoId).flatMap(p -> photos.content(reportId, p))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @PostMapping("/activity-reports/{id}/accept")
    String accept(@PathVariable String id, @Valid @ModelAttribute ReviewForm form, BindingResult typed,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return decide(id, ActivityReportStatus.ACCEPTED, form, typed, request, redirect);
    }

    @PostMapping("/activity-reports/{id}/doubt")
    String doubt(@PathVariable String id, @Valid @ModelAttribute ReviewForm form, BindingResult typed,
                 HttpServletRequest request, RedirectAttributes redirect) {
        return decide(id, ActivityReportStatus.DOUBTFUL, form, typed, request, redirect);
    }

    private String decide(String id, ActivityReportStatus decision, ReviewForm form, BindingResult typed,
                          HttpServletRequest request, RedirectAttributes redirect) {
        StaffScope scope = current.get();
        ReportRow report = covered(scope, id);
        Optional<ActivityReviews.Level> level = ReviewQueue.level(scope);
        if (level.isEmpty()) {
            redirect.addFlashAttribute("problem", text("activity.review.notAllowed"));
            return "redirect:/activity-reports";
        }
        if (typed.hasErrors()) {
            redirect.addFlashAttribute("problem", messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT));
            return "redirect:/activity-reports";
        }
        Optional<ActivityRefusal> refusal = tx.execute(s -> {
            Optional<ActivityRefusal> outcome = reviews.decide(level.get(), scope.accountId(), report.id(),
                    form.getVersion(), decision, form.getReason());
            if (outcome.isEmpty()) {
                String reason = form.getReason() == null ? null : PersianText.normalize(form.getReason());
                audit.save(new AuditEntry(clock.instant(), scope.username(), "ACTIVITY_" + decision.name(),
                        "activity-report:" + report.id(), decision == ActivityReportStatus.DOUBTFUL ? reason : null,
                        request.getRemoteAddr()));
            }
            return outcome;
        });
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("problem", refusalText(refusal.get()));
        } else {
            redirect.addFlashAttribute("notice", decision == ActivityReportStatus.ACCEPTED
                    ? text("activity.review.done.ACCEPTED", report.title())
                    : text("activity.review.done.DOUBTFUL", report.title()));
        }
        return "redirect:/activity-reports";
    }

    private String refusalText(ActivityRefusal refusal) {
        return switch (refusal) {
            case STALE -> text("activity.review.refused.STALE");
            case NOT_REVIEWABLE -> text("activity.review.refused.NOT_REVIEWABLE");
            case REASON_REQUIRED -> text("activity.review.refused.REASON_REQUIRED");
            case REASON_TOO_LONG -> text("activity.review.refused.REASON_TOO_LONG",
                    PersianText.toPersianDigits(String.valueOf(ActivityReport.REASON_LENGTH)));
            default -> text("activity.review.refused.NOT_FOUND");
        };
    }

    private ReportRow covered(StaffScope scope, String id) {
        return number(id).flatMap(n -> queue.find(scope, n))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<Long> number(String typed) {
        return typed != null && typed.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(typed)) : Optional.empty();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
