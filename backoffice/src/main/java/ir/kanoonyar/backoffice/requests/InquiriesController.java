package ir.kanoonyar.backoffice.requests;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.SandboxedFile;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inquiries on the request page, and the request's attachments; always within the staff member's scope. */
@Controller
public class InquiriesController {

    private final CurrentStaff staff;
    private final Inquiries inquiries;
    private final AttachmentFiles files;
    private final MessageSource messages;

    public InquiriesController(CurrentStaff staff, Inquiries inquiries, AttachmentFiles files, MessageSource messages) {
        this.staff = staff;
        this.inquiries = inquiries;
        this.files = files;
        this.messages = messages;
    }

    @PostMapping("/requests/{id}/inquiries")
    // Text only and no constraint (see InquiryForm): binding cannot fail, so there is no BindingResult to read.
    public String add(@PathVariable long id, @ModelAttribute InquiryForm form, RedirectAttributes redirect) {
        try {
            var inquiry = inquiries.add(staff.get(), id, form.getType(), form.getDue());
            redirect.addFlashAttribute(RequestsController.NOTICE,
                    text("inquiry.added", text("inquiryType." + inquiry.getType().name())));
        } catch (InquiryProblem.Refused e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text(e.problem().key()));
        } catch (DataIntegrityViolationException e) {
            // A colleague asked the same inquiry at the same moment: uk_inquiry_type.
            redirect.addFlashAttribute(RequestsController.PROBLEM, text(InquiryProblem.DUPLICATE.key()));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text(InquiryProblem.CONFLICT.key()));
        }
        return "redirect:/requests/" + id;
    }

    @PostMapping("/requests/{id}/inquiries/{inquiryId}/answer")
    public String answer(@PathVariable long id, @PathVariable long inquiryId,
                         @Valid @ModelAttribute InquiryAnswerForm form, BindingResult typed,
                         RedirectAttributes redirect) {
        try {
            // A scan field that is not a file (a hand-made post) binds to nothing: the answer is kept without a scan.
            MultipartFile scan = typed.hasFieldErrors("scan") ? null : form.getScan();
            Inquiries.Scan sent = scan == null || scan.isEmpty() ? null
                    : new Inquiries.Scan(bytes(scan), scan.getOriginalFilename());
            var inquiry = inquiries.answer(staff.get(), id, inquiryId, form.getResult(), form.getAnsweredOn(),
                    form.getReference(), form.getNote(), sent);
            redirect.addFlashAttribute(RequestsController.NOTICE,
                    text("inquiry.answered", text("inquiryType." + inquiry.getType().name())));
        } catch (InquiryProblem.Refused e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text(e.problem().key()));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute(RequestsController.PROBLEM, text(InquiryProblem.CONFLICT.key()));
        }
        return "redirect:/requests/" + id;
    }

    /**
     * An attachment of the request: images inline, anything else (and anything with ?download=1) as a
     * download. The type is the stored one, found from the file's bytes when it was kept.
     */
    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
                                             @RequestParam(defaultValue = "0") String download) {
        AttachmentFiles.File file = files.file(staff.get(), id, attachmentId);
        boolean inline = file.image() && !("1".equals(download) || "true".equals(download));
        return SandboxedFile.of(file.contentType(), disposition(inline, file), file.bytes());
    }

    /** A file the database has no bytes of: a Persian page that says so, not a bare "not found". */
    @ExceptionHandler(AttachmentFiles.NotAvailable.class)
    public ModelAndView notAvailable(AttachmentFiles.NotAvailable e) {
        ModelAndView page = new ModelAndView("requests/attachment-not-available", HttpStatus.NOT_FOUND);
        page.addObject("attachment", e.attachment);
        return page;
    }

    /** RFC 6266 with an RFC 5987 UTF-8 name (Persian names survive) and a plain ASCII fallback. */
    static String disposition(boolean inline, AttachmentFiles.File file) {
        String name = file.attachment().getFileName();
        if (name == null || name.isBlank()) {
            name = "attachment-" + file.attachment().getId();
        }
        StringBuilder fallback = new StringBuilder();
        for (char c : name.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + rfc5987(name);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
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
