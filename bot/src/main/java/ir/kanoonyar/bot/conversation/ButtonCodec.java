package ir.kanoonyar.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.ticket.TicketCategory;

/**
 * The one place callback data are written and read: "stamp|action", where the stamp is the chat's
 * keyboard generation when the button was shown (a button of an older message is refused) and the
 * action is a {@link ButtonData}'s prefix and fields. The format is the one keyboards were sent in
 * before these records existed, so buttons already in people's chats keep working after a deploy.
 */
public final class ButtonCodec {

    /** Telegram refuses callback data longer than this many UTF-8 bytes. */
    public static final int MAX_BYTES = 64;

    /** The stamp of a lasting button. */
    private static final String LASTING = "*";

    private ButtonCodec() {
    }

    /** Fails at once, where the keyboard is built, rather than when Telegram refuses the message. */
    public static String encode(int stamp, ButtonData button) {
        String data = stamp + "|" + button.action();
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Callback data of " + bytes + " bytes, Telegram takes at most "
                    + MAX_BYTES + ": " + data);
        }
        return data;
    }

    /**
     * A lasting button: "*" in place of the stamp, accepted whatever the chat's keyboard generation. Only
     * for buttons sent from the outbox (outside any conversation), whose flow checks everything anew;
     * today only {@link ButtonData.SignPhotoStart}, written by db's {@code IdentityNotices}.
     */
    public static String encodeLasting(ButtonData.SignPhotoStart button) {
        return LASTING + "|" + button.action();
    }

    /**
     * The button behind callback data of the current keyboard generation; empty for data of an
     * older keyboard, and for anything unknown, malformed or forged: to the person all of these are
     * a stale button.
     */
    public static Optional<ButtonData> decode(String data, int currentStamp) {
        if (data == null) {
            return Optional.empty();
        }
        int bar = data.indexOf('|');
        if (bar > 0 && data.substring(0, bar).equals(LASTING)) {
            try {
                return Optional.ofNullable(action(data.substring(bar + 1)))
                        .filter(ButtonData.SignPhotoStart.class::isInstance);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return Optional.empty();
            }
        }
        if (bar <= 0 || !data.substring(0, bar).equals(String.valueOf(currentStamp))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action(data.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // NumberFormatException is an IllegalArgumentException: a forged id.
            return Optional.empty();
        }
    }

    private static ButtonData action(String action) {
        switch (action) {
            case "done":
                return new ButtonData.TicksDone();
            case "skip":
                return new ButtonData.Skip();
            case "confirm":
                return new ButtonData.Confirm();
            case "cancel":
                return new ButtonData.CancelForm();
            case "withdraw-yes":
                return new ButtonData.WithdrawYes();
            case "withdraw-no":
                return new ButtonData.WithdrawNo();
            case "sign":
                return new ButtonData.ConsentDecide(true);
            case "refuse":
                return new ButtonData.ConsentDecide(false);
            case "no-comment":
                return new ButtonData.NoComment();
            case "tr:list":
                return new ButtonData.TrainingList();
            default:
                break;
        }
        int colon = action.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String prefix = action.substring(0, colon);
        String rest = action.substring(colon + 1);
        if (prefix.equals("tr")) {
            return training(rest);
        }
        if (prefix.equals("ac")) {
            return activity(rest);
        }
        if (prefix.equals("mk")) {
            return myKanoon(rest);
        }
        if (prefix.equals("mb")) {
            return members(rest);
        }
        if (prefix.equals("tk")) {
            return ticket(rest);
        }
        if (rest.isEmpty()) {
            return null;
        }
        return switch (prefix) {
            case "type" -> new ButtonData.ChooseType(RequestType.valueOf(rest));
            case "pick" -> new ButtonData.Pick(rest);
            case "tick" -> new ButtonData.Tick(rest);
            case "edit" -> new ButtonData.Edit(rest);
            case "fix" -> new ButtonData.Fix(Long.parseLong(rest));
            case "withdraw" -> new ButtonData.Withdraw(Long.parseLong(rest));
            case "sign" -> new ButtonData.SignPhotoStart(Long.parseLong(rest));
            case "rpage" -> new ButtonData.RegionPage(Integer.parseInt(rest));
            default -> null;
        };
    }

    private static ButtonData.Activity activity(String rest) {
        String[] f = rest.split(":", -1);
        return switch (f[0]) {
            case "done" -> f.length == 1 ? new ButtonData.ActivityPhotosDone() : null;
            case "sub" -> f.length == 2 && f[1].matches("[0-9a-f]{32}") ? new ButtonData.ActivitySubmit(f[1]) : null;
            case "edit" -> f.length == 2 ? new ButtonData.ActivityEditReport(Long.parseLong(f[1])) : null;
            case "wd" -> f.length == 2 ? new ButtonData.ActivityWithdraw(Long.parseLong(f[1])) : null;
            case "wdy" -> f.length == 2 ? new ButtonData.ActivityWithdrawYes(Long.parseLong(f[1])) : null;
            default -> null;
        };
    }

    private static ButtonData.Training training(String rest) {
        String[] f = rest.split(":", -1);
        ButtonData.Training button = switch (f[0]) {
            case "open" -> f.length == 2 ? new ButtonData.TrainingOpen(Long.parseLong(f[1])) : null;
            case "go" -> f.length == 3 ? new ButtonData.TrainingGo(Long.parseLong(f[1]), Integer.parseInt(f[2])) : null;
            case "quiz" -> f.length == 2 ? new ButtonData.TrainingQuiz(Long.parseLong(f[1])) : null;
            case "ans" -> f.length == 4 ? new ButtonData.TrainingAnswer(Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3])) : null;
            case "cert" -> f.length == 2 ? new ButtonData.TrainingCertificate(Long.parseLong(f[1])) : null;
            default -> null;
        };
        return button;
    }

    private static ButtonData.MyKanoon myKanoon(String rest) {
        String[] f = rest.split(":", -1);
        if (f.length != 2 || !f[1].matches("[0-9]{1,18}")) {
            return null;
        }
        long kanoonId = Long.parseLong(f[1]);
        return switch (f[0]) {
            case "o" -> new ButtonData.KanoonOpen(kanoonId);
            case "l" -> new ButtonData.KanoonLicence(kanoonId);
            case "d" -> new ButtonData.KanoonDeputy(kanoonId);
            case "n" -> new ButtonData.KanoonDeputyName(kanoonId);
            case "r" -> new ButtonData.KanoonDeputyRemove(kanoonId);
            default -> null;
        };
    }

    private static ButtonData.Members members(String rest) {
        String[] f = rest.split(":", -1);
        return switch (f[0]) {
            case "p" -> f.length == 3 ? new ButtonData.MembersPage(Long.parseLong(f[1]), Integer.parseInt(f[2])) : null;
            case "add" -> f.length == 2 ? new ButtonData.MemberAdd(Long.parseLong(f[1])) : null;
            case "tpl" -> f.length == 2 ? new ButtonData.MembersTemplate(Long.parseLong(f[1])) : null;
            case "up" -> f.length == 2 ? new ButtonData.MembersUpload(Long.parseLong(f[1])) : null;
            case "o" -> f.length == 2 ? new ButtonData.MemberOpen(Long.parseLong(f[1])) : null;
            case "e" -> f.length == 3 && !f[2].isEmpty() ? new ButtonData.MemberEdit(Long.parseLong(f[1]), f[2]) : null;
            case "rm" -> f.length == 2 ? new ButtonData.MemberRemove(Long.parseLong(f[1])) : null;
            case "rmy" -> f.length == 2 ? new ButtonData.MemberRemoveYes(Long.parseLong(f[1])) : null;
            case "c" -> f.length == 2 && !f[1].isEmpty() ? new ButtonData.MemberChoice(f[1]) : null;
            case "ok" -> f.length == 1 ? new ButtonData.MembersImport() : null;
            case "no" -> f.length == 1 ? new ButtonData.MembersCancel() : null;
            default -> null;
        };
    }

    private static ButtonData.Ticket ticket(String rest) {
        String[] f = rest.split(":", -1);
        return switch (f[0]) {
            case "c" -> f.length == 2 ? new ButtonData.TicketPick(TicketCategory.valueOf(f[1])) : null;
            case "kb" -> f.length == 2 ? new ButtonData.TicketKb(Long.parseLong(f[1])) : null;
            case "no" -> f.length == 1 ? new ButtonData.TicketNotHelped() : null;
            case "yes" -> f.length == 1 ? new ButtonData.TicketHelped() : null;
            case "s" -> f.length == 2 ? new ButtonData.TicketShow(Long.parseLong(f[1])) : null;
            case "r" -> f.length == 2 ? new ButtonData.TicketReplyTo(Long.parseLong(f[1])) : null;
            case "st" -> f.length == 3 ? new ButtonData.TicketStars(Long.parseLong(f[1]), Integer.parseInt(f[2])) : null;
            case "nc" -> f.length == 1 ? new ButtonData.TicketNoComment() : null;
            case "ro" -> f.length == 2 ? new ButtonData.TicketReopen(Long.parseLong(f[1])) : null;
            default -> null;
        };
    }
}
