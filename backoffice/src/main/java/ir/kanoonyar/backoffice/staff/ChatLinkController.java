package ir.kanoonyar.backoffice.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.reminders.BotLinks;
import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.StartLink;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own bot chat (GET/POST /my-chat): a one-time deep link ("/start s_<token>") that,
 * opened in the bot, ties the chat to this account, so the morning digest and escalations reach
 * them there. Every staff member may do it for their own account only.
 */
@Controller
class ChatLinkController {

    /** Long enough to open the bot on a phone, short enough that a link seen by others soon dies. */
    static final Duration LINK_VALID_FOR = Duration.ofHours(1);

    private final CurrentStaff current;
    private final StaffAccountRepository accounts;
    private final BotLinks links;
    private final MessageSource messages;
    private final Clock clock;

    ChatLinkController(CurrentStaff current, StaffAccountRepository accounts, BotLinks links,
                       MessageSource messages, Clock clock) {
        this.current = current;
        this.accounts = accounts;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /** One way to open the link: a messenger's name and the link or command. */
    record LinkOption(String messenger, String link) {
    }

    @GetMapping("/my-chat")
    String page(Model model) {
        StaffScope scope = current.get();
        StaffAccount account = own(scope);
        model.addAttribute("staff", scope);
        model.addAttribute("linkedOn", account.getChatChannel() == null ? null : messenger(account.getChatChannel()));
        Instant now = clock.instant();
        if (account.chatLinkValidAt(account.getChatLinkToken(), now)) {
            String payload = StartLink.STAFF_PREFIX + account.getChatLinkToken();
            model.addAttribute("options", List.of(
                    new LinkOption(messenger(Channel.TELEGRAM), links.link(Channel.TELEGRAM, payload)),
                    new LinkOption(messenger(Channel.BALE), links.link(Channel.BALE, payload))));
            model.addAttribute("expires", JalaliDate.tehranDayAndTime(account.getChatLinkExpiresAt()));
        }
        return "staff/chat";
    }

    @PostMapping("/my-chat/link")
    @Transactional
    String makeLink(RedirectAttributes redirect) {
        StaffAccount account = own(current.get());
        account.offerChatLink(StartLink.newToken(), clock.instant().plus(LINK_VALID_FOR));
        accounts.save(account);
        redirect.addFlashAttribute("notice", text("chatLink.made"));
        return "redirect:/my-chat";
    }

    private StaffAccount own(StaffScope scope) {
        if (scope.accountId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return accounts.findById(scope.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String messenger(Channel channel) {
        return switch (channel) {
            case TELEGRAM -> text("chatLink.telegram");
            case BALE -> text("chatLink.bale");
            case SIMULATOR -> text("chatLink.simulator");
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
