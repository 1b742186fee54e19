package ir.kanoonyar.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** What TelegramBots cannot map as it comes is filled in; what still cannot be mapped says where. */
class LenientUpdateReaderTest {

    private final ObjectMapper json = Messenger.jackson2();

    @Test
    void readsTheBaleSampleWhoseForwardedChatAndUserAreBare() throws Exception {
        String sample = Files.readString(Path.of("src/test/resources/telegram-updates/063-bale-message-text.json"),
                StandardCharsets.UTF_8);

        Update update = LenientUpdateReader.read(json, json.readTree(sample));

        assertThat(update.getMessage().getText()).isEqualTo("salam");
        assertThat(update.getMessage().getChat().getType()).isEqualTo("private");
        assertThat(update.getMessage().getForwardFromChat().getType()).isEqualTo("private");
        assertThat(update.getMessage().getForwardFrom().getId()).isEqualTo(234L);
    }

    @Test
    void aChatWithANegativeIdAndNoTypeIsNotPrivate() throws Exception {
        Update update = LenientUpdateReader.read(json, json.readTree("""
                {"update_id": 9, "message": {"message_id": 1, "date": 1, "chat": {"id": -100123},
                 "from": {"id": 5, "is_bot": false, "first_name": "x"}, "text": "hi"}}"""));

        assertThat(update.getMessage().getChat().getType()).isEqualTo("group");
    }

    @Test
    void anUpdateIdAboveTwoToTheThirtyFirstDoesNotStopTheReading() throws Exception {
        Update update = LenientUpdateReader.read(json, json.readTree("""
                {"update_id": 4294967296, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"},
                 "from": {"id": 5, "is_bot": false, "first_name": "x"}, "text": "/help"}}"""));

        assertThat(update.getMessage().getText()).isEqualTo("/help");
    }

    @Test
    void whatStillCannotBeMappedIsRefusedSayingWhere() {
        assertThatThrownBy(() -> LenientUpdateReader.read(json, json.readTree("""
                {"update_id": 9, "message": {"message_id": {"x": 1}, "date": 1, "chat": {"id": 5, "type": "private"}}}""")))
                .isInstanceOf(UpdateTranslator.UnreadableUpdateException.class)
                .hasMessageContaining("[\"message\"]").hasMessageContaining("[\"message_id\"]");
    }
}
