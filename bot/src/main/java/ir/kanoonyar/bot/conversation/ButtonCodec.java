package ir.kanoonyar.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import ir.kanoonyar.db.request.RequestType;

/**
 * The one place callback data are written and read: "stamp|action", where the stamp is the chat's
 * keyboard generation when the button was shown (a button of an older message is refused) and the
 * action is a {@link ButtonData}'s prefix and fields. The format is the one keyboards were sent in
 * before these records existed, so buttons already in people's chats keep working after a deploy.
 */
public final class ButtonCodec {

    /** Telegram refuses callback data longer than this many UTF-8 bytes. */
    public static final int MAX_BYTES = 64;

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
     * The button behind callback data of the current keyboard generation; empty for data of an
     * older keyboard, and for anything unknown, malformed or forged: to the person all of these are
     * a stale button.
     */
    public static Optional<ButtonData> decode(String data, int currentStamp) {
        if (data == null) {
            return Optional.empty();
        }
        int bar = data.indexOf('|');
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
}
