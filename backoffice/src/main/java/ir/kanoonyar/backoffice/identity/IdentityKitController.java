package ir.kanoonyar.backoffice.identity;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.db.identity.IdentityKits;
import ir.kanoonyar.db.identity.KanoonIdentity;
import ir.kanoonyar.db.identity.KitFile;
import ir.kanoonyar.db.identity.Piece;
import ir.kanoonyar.db.persian.PersianText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A licensed kanoon's identity kit from the licences page: the sign, banner and letterhead as
 * print-ready PDFs and PNG previews, and «ارسال به مدیر», which queues them to the manager's chat.
 */
@Controller
class IdentityKitController {

    private final CurrentStaff current;
    private final KitAccess access;
    private final KitSending sending;
    private final IdentityKits kits;
    private final MessageSource messages;

    IdentityKitController(CurrentStaff current, KitAccess access, KitSending sending, IdentityKits kits,
                          MessageSource messages) {
        this.current = current;
        this.access = access;
        this.sending = sending;
        this.kits = kits;
        this.messages = messages;
    }

    @GetMapping("/licences/{number}/identity/{piece}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @PathVariable String piece) {
        KanoonIdentity kanoon = access.inScope(current.get(), number);
        return file(kits.pdf(piece(piece), kanoon), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/licences/{number}/identity/{piece}.png")
    ResponseEntity<byte[]> png(@PathVariable String number, @PathVariable String piece) {
        KanoonIdentity kanoon = access.inScope(current.get(), number);
        return file(kits.png(piece(piece), kanoon), MediaType.IMAGE_PNG);
    }

    @PostMapping("/licences/{number}/identity/send")
    String send(@PathVariable String number, HttpServletRequest request, RedirectAttributes redirect) {
        int queued = sending.send(current.get(), number, request.getRemoteAddr());
        String shown = "\u2066" + PersianText.toPersianDigits(number) + "\u2069";
        if (queued > 0) {
            redirect.addFlashAttribute("notice", text("identity.kit.sent", shown));
        } else {
            redirect.addFlashAttribute("problem", text("identity.kit.noChat", shown));
        }
        redirect.addAttribute("q", number);
        return "redirect:/licences";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }

    private static Piece piece(String slug) {
        return Piece.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> file(KitFile file, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }
}
