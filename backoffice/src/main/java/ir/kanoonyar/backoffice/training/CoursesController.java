package ir.kanoonyar.backoffice.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.training.CourseContentException;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.LessonKind;
import ir.kanoonyar.db.training.TrainingMedia;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course authoring pages: the list (/training), a course with one version's lessons and quiz
 * (/training/{id}), the chat preview of a lesson, and the authoring actions. A form whose values are
 * wrong in themselves (form objects with Bean Validation) comes back as the page, the reason next to
 * the field and what was typed kept; an action the rules refuse answers with a redirect and a Persian
 * problem, a done one with a notice. Who may do what is for {@link CoursePages} (reading) and
 * {@link CourseChanges} (changing) to check.
 */
@Controller
class CoursesController {

    private final CurrentStaff current;
    private final CoursePages pages;
    private final CourseChanges changes;
    private final MessageSource messages;

    CoursesController(CurrentStaff current, CoursePages pages, CourseChanges changes, MessageSource messages) {
        this.current = current;
        this.pages = pages;
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping("/training")
    String list(Model model) {
        if (!model.containsAttribute("newCourseForm")) {
            model.addAttribute("newCourseForm", new NewCourseForm());
        }
        return listPage(current.get(), model);
    }

    private String listPage(StaffScope scope, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("courses", pages.list(scope));
        model.addAttribute("mayCreate", CourseAccess.mayCreate(scope));
        model.addAttribute("provinceName", pages.provinceName(scope));
        return "training/courses";
    }

    @PostMapping("/training")
    String create(@Valid @ModelAttribute NewCourseForm form, BindingResult typed, Model model,
                  RedirectAttributes redirect) {
        StaffScope scope = current.get();
        CourseAccess.provinceOfNewCourse(scope); // county staff get 403 whatever they typed
        if (typed.hasErrors()) {
            return listPage(scope, model);
        }
        try {
            CourseVersion first = changes.create(scope, form.getCode(), form.getTitle());
            redirect.addFlashAttribute("notice", text("training.created", first.getTitle()));
            return "redirect:/training/" + first.getCourseId();
        } catch (CourseContentException e) {
            redirect.addFlashAttribute("problem", problem(e));
        } catch (DataIntegrityViolationException e) {
            // The same code taken at the same moment by a colleague: uk_course_code.
            redirect.addFlashAttribute("problem", problem(new CourseContentException(CourseContentException.Problem.CODE_TAKEN)));
        }
        redirect.addFlashAttribute("newCourseForm", form);
        return "redirect:/training";
    }

    @GetMapping("/training/{id}")
    String course(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
        return coursePage(current.get(), pages.page(current.get(), id, version), model);
    }

    /**
     * The course page; forms refused on this request (with their errors) or on the one before (from
     * the flash) keep what was typed, the others start from the version shown.
     */
    private String coursePage(StaffScope scope, CoursePages.CoursePage page, Model model) {
        model.addAttribute("staff", scope);
        model.addAttribute("page", page);
        model.addAttribute("kinds", LessonKind.values());
        model.addAttribute("optionFields", CoursePages.OPTION_FIELDS);
        if (!model.containsAttribute("describeForm")) {
            model.addAttribute("describeForm", DescribeForm.of(page.shown()));
        }
        if (!model.containsAttribute("lessonForm")) {
            model.addAttribute("lessonForm", new LessonForm());
        }
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", new QuestionForm());
        }
        return "training/course";
    }

    @PostMapping("/training/{id}/draft")
    String draft(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            CourseVersion draft = changes.draft(current.get(), id);
            return text("training.newDraft.done", digits(draft.getVersionNumber()));
        });
    }

    @PostMapping("/training/{id}/versions/{versionId}/describe")
    String describe(@PathVariable long id, @PathVariable long versionId, @Valid @ModelAttribute DescribeForm form,
                    BindingResult typed, Model model, RedirectAttributes redirect) {
        if (typed.hasErrors()) {
            return coursePage(current.get(), pages.pageToEdit(current.get(), id, versionId), model);
        }
        return act(id, versionId, redirect, () -> {
            changes.describe(current.get(), id, versionId, form.getTitle(), form.getSummary(), form.getPassMark(),
                    form.getRetryWait());
            return text("training.saved");
        });
    }

    @PostMapping("/training/{id}/versions/{versionId}/lessons")
    String addLesson(@PathVariable long id, @PathVariable long versionId, @Valid @ModelAttribute LessonForm form,
                     BindingResult typed, @RequestParam(required = false) MultipartFile file, Model model,
                     RedirectAttributes redirect) {
        if (typed.hasErrors()) {
            return coursePage(current.get(), pages.pageToEdit(current.get(), id, versionId), model);
        }
        String done = act(id, versionId, redirect, () -> {
            changes.addLesson(current.get(), id, versionId, form.getKind(), form.getTitle(), form.getBody(),
                    form.getUrl(), upload(file));
            return text("training.lesson.added");
        });
        if (redirect.getFlashAttributes().containsKey("problem")) {
            // Keep what was typed, so a refused lesson is fixed rather than written again.
            redirect.addFlashAttribute("lessonForm", form);
        }
        return done;
    }

    /**
     * Changes a lesson in its own row of the page. A value the form refuses comes back as the page's
     * problem, in Persian, as the rules' refusals do; the row shows the lesson as saved.
     */
    @PostMapping("/training/{id}/lessons/{lessonId}")
    String changeLesson(@PathVariable long id, @PathVariable long lessonId, @Valid @ModelAttribute LessonForm form,
                        BindingResult typed, @RequestParam(required = false) MultipartFile file,
                        RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            if (typed.hasErrors()) {
                throw new FormRefused(firstError(typed));
            }
            changes.changeLesson(current.get(), id, lessonId, form.getKind(), form.getTitle(), form.getBody(),
                    form.getUrl(), upload(file));
            return text("training.lesson.saved");
        });
    }

    @PostMapping("/training/{id}/lessons/{lessonId}/move")
    String moveLesson(@PathVariable long id, @PathVariable long lessonId,
                      @RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            changes.moveLesson(current.get(), id, lessonId, !"down".equals(direction));
            return text("training.lesson.moved");
        });
    }

    @PostMapping("/training/{id}/lessons/{lessonId}/remove")
    String removeLesson(@PathVariable long id, @PathVariable long lessonId, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            changes.removeLesson(current.get(), id, lessonId);
            return text("training.lesson.removed");
        });
    }

    @PostMapping("/training/{id}/versions/{versionId}/questions")
    String addQuestion(@PathVariable long id, @PathVariable long versionId, @Valid @ModelAttribute QuestionForm form,
                       BindingResult typed, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        TypedQuestion options = new TypedQuestion(form.getText(), new ArrayList<>(options(request)),
                field(form.getCorrect()));
        if (typed.hasErrors()) {
            model.addAttribute("typedQuestion", options);
            return coursePage(current.get(), pages.pageToEdit(current.get(), id, versionId), model);
        }
        String done = act(id, versionId, redirect, () -> {
            changes.addQuestion(current.get(), id, versionId, form.getText(), options.fields(), options.correctField());
            return text("training.question.added");
        });
        if (redirect.getFlashAttributes().containsKey("problem")) {
            redirect.addFlashAttribute("typedQuestion", options);
            redirect.addFlashAttribute("questionForm", form);
        }
        return done;
    }

    /** Changes a question in its own row; a value the form refuses comes back as the page's problem. */
    @PostMapping("/training/{id}/questions/{questionId}")
    String changeQuestion(@PathVariable long id, @PathVariable long questionId, @Valid @ModelAttribute QuestionForm form,
                          BindingResult typed, HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            if (typed.hasErrors()) {
                throw new FormRefused(firstError(typed));
            }
            changes.changeQuestion(current.get(), id, questionId, form.getText(), options(request),
                    field(form.getCorrect()));
            return text("training.question.saved");
        });
    }

    @PostMapping("/training/{id}/questions/{questionId}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            changes.removeQuestion(current.get(), id, questionId);
            return text("training.question.removed");
        });
    }

    @PostMapping("/training/{id}/versions/{versionId}/publish")
    String publish(@PathVariable long id, @PathVariable long versionId, RedirectAttributes redirect) {
        String done = act(id, versionId, redirect, () -> {
            CourseVersion published = changes.publish(current.get(), id, versionId);
            return text("training.publish.done", digits(published.getVersionNumber()));
        });
        // After publishing, the course page shows the published version by default.
        return redirect.getFlashAttributes().containsKey("problem") ? done : "redirect:/training/" + id;
    }

    @PostMapping("/training/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            changes.archive(current.get(), id);
            return text("training.archive.done");
        });
    }

    @PostMapping("/training/{id}/unarchive")
    String unarchive(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> {
            changes.unarchive(current.get(), id);
            return text("training.unarchive.done");
        });
    }

    @PostMapping("/training/{id}/certificates/revoke")
    String revokeCertificate(@PathVariable long id, @Valid @ModelAttribute RevokeCertificateForm form,
                             BindingResult typed, RedirectAttributes redirect) {
        String done = act(id, null, redirect, () -> {
            if (typed.hasErrors()) {
                // A code this course has no certificate for is "not found" before anything about the reason.
                changes.certificate(current.get(), id, form.getCode())
                        .orElseThrow(() -> new FormRefused(text("training.revoke.notFound")));
                throw new FormRefused(firstError(typed));
            }
            return changes.revokeCertificate(current.get(), id, form.getCode(), form.getReason())
                    .map(c -> text("training.revoke.done", c.getPersonName(), TrackingCode.inText(c.getCode())))
                    .orElseThrow(() -> new FormRefused(text("training.revoke.notFound")));
        });
        if (redirect.getFlashAttributes().containsKey("problem")) {
            // Kept, so a refused form is fixed rather than typed again.
            redirect.addFlashAttribute("typedRevokeCode", form.getCode());
            redirect.addFlashAttribute("typedRevokeReason", form.getReason());
        }
        return done;
    }

    @GetMapping("/training/{id}/lessons/{lessonId}/preview")
    String preview(@PathVariable long id, @PathVariable long lessonId, Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("preview", pages.preview(scope, id, lessonId));
        return "training/preview";
    }

    /** A lesson's file, for the preview and the authors: pictures and videos inline, anything else as a download. */
    @GetMapping("/training/{id}/media/{mediaId}")
    ResponseEntity<byte[]> media(@PathVariable long id, @PathVariable long mediaId) {
        TrainingMedia file = pages.media(current.get(), id, mediaId);
        boolean inline = file.isImage() || file.isVideo();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getContent().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename=\"lesson-"
                        + file.getId() + extension(file) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.getContent());
    }

    /** What was typed in a refused new-question form. */
    record TypedQuestion(String text, List<String> fields, int correctField) implements java.io.Serializable {
    }

    // ---- helpers ----

    /** A form value the page itself refuses, with its Persian reason. */
    private static final class FormRefused extends RuntimeException {
        FormRefused(String reason) {
            super(reason);
        }
    }

    /**
     * Runs an authoring action and redirects to the course page (at the version, when given), with
     * its notice, or the Persian reason the action was refused.
     */
    private String act(long courseId, Long versionId, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (FormRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (CourseContentException e) {
            redirect.addFlashAttribute("problem", problem(e));
        } catch (LessonFileCheck.Refused e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.refusal.key, null, Locale.ROOT));
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem", text("training.error.conflict"));
        }
        return versionId == null ? "redirect:/training/" + courseId
                : "redirect:/training/" + courseId + "?version=" + versionId;
    }

    private String problem(CourseContentException e) {
        return text("training.problem." + e.problem().name());
    }

    /** The option fields as sent, in order; read raw so an option with a comma stays one option. */
    private static List<String> options(HttpServletRequest request) {
        String[] sent = request.getParameterValues("option");
        List<String> fields = new ArrayList<>(sent == null ? List.of() : Arrays.asList(sent));
        while (fields.size() > CoursePages.OPTION_FIELDS) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    /** The option ticked as correct (0-based); none, or a forged value the formatter could not read, is -1. */
    private static int field(Integer ticked) {
        return ticked == null ? -1 : ticked;
    }

    /** The Persian message of the first error of a form. */
    private String firstError(BindingResult typed) {
        return messages.getMessage(typed.getAllErrors().get(0), Locale.ROOT);
    }

    private static CourseChanges.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new CourseChanges.Upload(file.getBytes(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(TrainingMedia file) {
        return switch (file.getContentType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            case "video/mp4" -> ".mp4";
            default -> "";
        };
    }

    private static String digits(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
