package ir.kanoonyar.bot.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Reply.Button;
import ir.kanoonyar.bot.conversation.Reply.Keyboard;
import ir.kanoonyar.db.outbox.OutboxMessage;
import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;

class OutboxBodyTest {

    @Test
    void writesTextFirstAndAnEmptyKeyboard() {
        assertThat(OutboxBody.write(Reply.text("سلام")))
                .isEqualTo("{\"text\":\"سلام\",\"keyboard\":{\"kind\":\"NONE\",\"rows\":[]}}");
    }

    @Test
    void keepsKeyboardsAndButtons() {
        Reply reply = new Reply("یکی را انتخاب کنید:", Keyboard.inline(List.of(
                List.of(Button.callback("بله", "yes"), Button.callback("خیر", "no")),
                List.of(Button.callback("بازگشت", "back")))));
        Reply contact = Reply.text("شماره همراه خود را بفرستید").with(Keyboard.reply(List.of(
                List.of(Button.shareContact("ارسال شماره")), List.of(Button.shareLocation("مکان"), Button.plain("لغو")))));

        assertThat(OutboxBody.read(OutboxBody.write(reply))).isEqualTo(reply);
        assertThat(OutboxBody.read(OutboxBody.write(contact))).isEqualTo(contact);
        assertThat(OutboxBody.read(OutboxBody.write(Reply.text("x").with(Keyboard.REMOVE))))
                .isEqualTo(Reply.text("x").with(Keyboard.REMOVE));
        assertThat(OutboxBody.write(contact)).contains("{\"text\":\"لغو\",\"request\":\"NONE\"}");
    }

    @Test
    void readsTheRowsTheBackofficeWrites() {
        String text = "درخواست «۱۲۳۴» \"تأیید\" شد\\\nکد پیگیری:\t۱۲۳۴\r\u0007 کانون\u200Cها \uD83C\uDF19 \uD83C</b>";
        OutboxMessage row = OutboxMessage.text(Channel.BALE, 42L, null, "STATUS", null, text, null,
                Instant.parse("2026-03-20T08:00:00Z"));

        assertThat(OutboxBody.read(row.getBody())).isEqualTo(Reply.text(text));
    }

    @Test
    void readsAMissingKeyboardAsNone() {
        assertThat(OutboxBody.read("{\"text\":\"x\"}")).isEqualTo(Reply.text("x"));
    }

    @Test
    void refusesWhatIsNoReply() {
        assertThatThrownBy(() -> OutboxBody.read("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxBody.read("{\"keyboard\":null}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxBody.read("null")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxBody.read("{\"text\":\"x\",\"keyboard\":{\"kind\":\"FANCY\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
