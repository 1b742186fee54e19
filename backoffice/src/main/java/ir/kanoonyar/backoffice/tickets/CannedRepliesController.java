package ir.kanoonyar.backoffice.tickets;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The canned replies' page: the list, and for national and province staff adding and removing. */
@Controller
class CannedRepliesController {

    private final CurrentStaff current;
    private final CannedReplies canned;
    private final MessageSource messages;

    CannedRepliesController(CurrentStaff current, CannedReplies canned, MessageSource messages) {
        this.current = current;
        this.canned = canned;
        this.messages = messages;
    }

    @GetMapping("/tickets/canned")
    String list(Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("replies", canned.visibleTo(scope));
        model.addAttribute("mayEdit", CannedReplies.mayEdit(scope));
        return "tickets/canned";
    }

    @PostMapping("/tickets/canned")
    String add(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
               RedirectAttributes redirect) {
        try {
            canned.add(current.get(), title, body);
            redirect.addFlashAttribute("notice", text("tickets.canned.added"));
        } catch (CannedReplies.Refused refused) {
            redirect.addFlashAttribute("problem", text(refused.refusal.messageKey));
        }
        return "redirect:/tickets/canned";
    }

    @PostMapping("/tickets/canned/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        try {
            canned.delete(current.get(), id);
            redirect.addFlashAttribute("notice", text("tickets.canned.deleted"));
        } catch (CannedReplies.Refused refused) {
            redirect.addFlashAttribute("problem", text(refused.refusal.messageKey));
        }
        return "redirect:/tickets/canned";
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
