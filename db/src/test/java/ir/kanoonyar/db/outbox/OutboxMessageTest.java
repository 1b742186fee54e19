package ir.kanoonyar.db.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import ir.kanoonyar.db.person.Channel;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void aDocumentBodyCarriesItsCaptionAndTheSourceOfItsFile() {
        assertThat(OutboxMessage.documentBody("مجوز \"نور\"\nپیوست", "licence-pdf:00-1405-1234-5678"))
                .isEqualTo("{\"text\":\"مجوز \\\"نور\\\"\\nپیوست\",\"keyboard\":{\"kind\":\"NONE\",\"rows\":[]},"
                        + "\"media\":{\"kind\":\"DOCUMENT\",\"source\":\"licence-pdf:00-1405-1234-5678\"}}");
    }

    private static final Instant NOW = Instant.parse("2026-03-20T08:00:00Z");

    @Test
    void writesPlainTextInTheBotsJsonShape() {
        OutboxMessage message = OutboxMessage.text(Channel.TELEGRAM, 42L, null, "STATUS", null, "درخواست شما ثبت شد",
                null, NOW);

        assertThat(message.getBody())
                .isEqualTo("{\"text\":\"درخواست شما ثبت شد\",\"keyboard\":{\"kind\":\"NONE\",\"rows\":[]}}");
        assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.getNotBefore()).isEqualTo(NOW);
        assertThat(message.getCreatedAt()).isEqualTo(NOW);
        assertThat(message.getAttempts()).isZero();
    }

    @Test
    void escapesWhatJsonCannotCarryAsIs() {
        assertThat(OutboxMessage.jsonString("say \"hi\" \\ back\nnew\tline\r\b\f\u0001\u001f"))
                .isEqualTo("\"say \\\"hi\\\" \\\\ back\\nnew\\tline\\r\\b\\f\\u0001\\u001f\"");
        assertThat(OutboxMessage.jsonString("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        // ZWNJ and a pair of surrogates (an emoji) stay as they are; half a pair is escaped.
        assertThat(OutboxMessage.jsonString("کانون\u200Cها \uD83C\uDF19")).isEqualTo("\"کانون\u200Cها \uD83C\uDF19\"");
        assertThat(OutboxMessage.jsonString("a\uD83Cb\uDF19")).isEqualTo("\"a\\ud83cb\\udf19\"");
        assertThat(OutboxMessage.jsonString("/ < > &")).isEqualTo("\"/ < > &\"");
    }

    @Test
    void keepsALaterStartTime() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        OutboxMessage message = OutboxMessage.text(Channel.BALE, 7L, 3L, "REMINDER", "reminder:3:1405-01", "x",
                tomorrow, NOW);

        assertThat(message.getNotBefore()).isEqualTo(tomorrow);
        assertThat(message.getDedupKey()).isEqualTo("reminder:3:1405-01");
        assertThat(message.getPersonId()).isEqualTo(3L);
    }

    @Test
    void refusesWhatTheColumnsCannotHold() {
        assertThatThrownBy(() -> OutboxMessage.text(Channel.BALE, 7L, null, "K".repeat(33), null, "x", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMessage.text(Channel.BALE, 7L, null, "K", "d".repeat(192), "x", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMessage.text(Channel.BALE, 7L, null, "K", null, null, null, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void countsAttemptsButNotPostponements() {
        OutboxMessage message = OutboxMessage.text(Channel.TELEGRAM, 1L, null, "K", null, "x", null, NOW);

        message.claim(NOW);
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.isClaimedAt(NOW)).isTrue();
        message.postpone(NOW.plusSeconds(7), "429");
        assertThat(message.getAttempts()).isZero();
        assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.getNotBefore()).isEqualTo(NOW.plusSeconds(7));
        assertThat(message.isClaimedAt(NOW)).isFalse();

        message.claim(NOW.plusSeconds(7));
        message.retryAt(NOW.plusSeconds(20), "502");
        assertThat(message.getAttempts()).isEqualTo(1);
        message.claim(NOW.plusSeconds(20));
        message.markSent(NOW.plusSeconds(20));
        assertThat(message.getAttempts()).isEqualTo(2);
        assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.getLastError()).isNull();
        assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void neverSendsAnUnclaimedRow() {
        OutboxMessage message = OutboxMessage.text(Channel.TELEGRAM, 1L, null, "K", null, "x", null, NOW);

        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);
        message.claim(NOW);
        assertThatThrownBy(() -> message.claim(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clipsLongErrorsToTheColumn() {
        OutboxMessage message = OutboxMessage.text(Channel.TELEGRAM, 1L, null, "K", null, "x", null, NOW);
        message.claim(NOW);
        message.markFailed("e".repeat(5000));

        assertThat(message.getLastError()).hasSize(OutboxMessage.ERROR_LENGTH);
    }
}
