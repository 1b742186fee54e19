package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.fakeapi.RecordedCall;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.broadcast.Broadcast;
import ir.kanoonyar.db.broadcast.BroadcastDelivery;
import ir.kanoonyar.db.broadcast.BroadcastMedia;
import ir.kanoonyar.db.broadcast.BroadcastMediaStore;
import ir.kanoonyar.db.broadcast.BroadcastRepository;
import ir.kanoonyar.db.broadcast.KanoonArea;
import ir.kanoonyar.db.broadcast.MediaKind;
import ir.kanoonyar.db.broadcast.Segment;
import ir.kanoonyar.db.broadcast.SegmentRole;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.testsupport.PeopleWithChats;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A broadcast with a photo, and one with a document, reach every recipient through the real
 * TelegramBots client: the first send uploads the bytes, every later one names the file id it got back.
 */
class BroadcastMediaEndToEndTest extends EndToEnd {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.4\n% a test document\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void everyRecipientGetsThePictureAndOnlyTheFirstSendUploadsIt() {
        List<Long> chats = recipients(4);
        BroadcastMedia photo = bot.bean(BroadcastMediaStore.class).save(MediaKind.PHOTO, "poster.png", "image/png", PNG);
        long id = broadcast("پوستر جشنوارهٔ کانون‌ها", photo.id());

        for (long chat : chats) {
            SentMessage sent = api.awaitMessageTo(chat, m -> m.method().equals("sendPhoto"), Duration.ofSeconds(20));
            assertThat(sent.caption()).isEqualTo("پوستر جشنوارهٔ کانون‌ها");
            assertThat(sent.fileBytes()).isEqualTo(PNG);
        }
        assertThat(uploads("sendPhoto", id)).as("sendPhoto calls that carried the bytes").isEqualTo(1);
    }

    @Test
    void aDocumentGoesOutTheSameWay() {
        List<Long> chats = recipients(3);
        BroadcastMedia document = bot.bean(BroadcastMediaStore.class).save(MediaKind.DOCUMENT, "بخشنامه.pdf",
                "application/pdf", PDF);
        long id = broadcast("بخشنامهٔ تازه", document.id());

        for (long chat : chats) {
            SentMessage sent = api.awaitMessageTo(chat, m -> m.method().equals("sendDocument"), Duration.ofSeconds(20));
            assertThat(sent.caption()).isEqualTo("بخشنامهٔ تازه");
            assertThat(sent.fileBytes()).isEqualTo(PDF);
        }
        assertThat(uploads("sendDocument", id)).isEqualTo(1);
    }

    @Test
    void aFileIdTheMessengerNoLongerKnowsIsReplacedByOneNewUpload() throws InterruptedException {
        List<Long> chats = recipients(2);
        BroadcastMedia photo = bot.bean(BroadcastMediaStore.class).save(MediaKind.PHOTO, "poster.png", "image/png", PNG);
        long first = broadcast("پوستر نخست", photo.id());
        assertThat(uploads("sendPhoto", first)).isEqualTo(1);
        String staleId = fileIdOf(photo.id());

        // The operator moved the bot to a new token: every file id the old bot got is unknown to the new one.
        api.forgetFileIds();
        long second = broadcast("همان پوستر، دوباره", photo.id());

        for (long chat : chats) {
            SentMessage sent = api.awaitMessageTo(chat, m -> "همان پوستر، دوباره".equals(m.caption()),
                    Duration.ofSeconds(20));
            assertThat(sent.fileBytes()).isEqualTo(PNG);
        }
        assertThat(uploads("sendPhoto", second)).as("uploads after the ids were forgotten").isEqualTo(1);
        assertThat(fileIdOf(photo.id())).isNotEqualTo(staleId);
        // The sender writes down a send just after it; none was written down as failed.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(statuses(second)).as("statuses of the second broadcast's rows").containsExactly("SENT"));
    }

    private static List<String> statuses(long broadcastId) {
        return bot.jdbc().queryForList("SELECT DISTINCT status FROM outbox_message WHERE broadcast_id = ?",
                String.class, broadcastId);
    }

    private static String fileIdOf(long mediaId) {
        return bot.jdbc().queryForObject("SELECT file_id FROM media_upload WHERE source = ? AND channel = 'TELEGRAM'",
                String.class, "broadcast-media:" + mediaId);
    }

    /** Managers of rural sisters' kanoons in Ashtian, on Telegram: a segment few other tests fill. */
    private static List<Long> recipients(int n) {
        PeopleWithChats people = new PeopleWithChats(bot.jdbc());
        long ashtian = people.countyId("0002");
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long person = people.person(ashtian, "گیرنده " + i);
            people.manages(person, ashtian, "SISTERS", true);
            chats.add(people.chat(person, "TELEGRAM", false));
        }
        return chats;
    }

    private static long broadcast(String text, long mediaId) {
        PeopleWithChats people = new PeopleWithChats(bot.jdbc());
        long ashtian = people.countyId("0002");
        Segment segment = new Segment(people.provinceOfCounty(ashtian), ashtian, SegmentRole.MANAGERS,
                KanoonAudience.SISTERS, KanoonArea.RURAL);
        long id = bot.bean(TransactionTemplate.class).execute(s -> bot.bean(BroadcastRepository.class)
                .save(new Broadcast("tester", segment, text, mediaId, Instant.now())).getId());
        bot.bean(BroadcastDelivery.class).enqueue(id);
        return id;
    }

    /**
     * How many of the broadcast's successful sends uploaded a file part. The segment also holds the
     * recipients earlier tests in this class added: wait for every one of them. Each broadcast here has
     * a caption of its own, which tells its sends from the others'.
     */
    private static long uploads(String method, long broadcastId) {
        List<String> chatIds = bot.jdbc().queryForList("SELECT chat_id FROM outbox_message WHERE broadcast_id = ?",
                Long.class, broadcastId).stream().map(String::valueOf).toList();
        String caption = bot.jdbc().queryForObject("SELECT text FROM broadcast WHERE id = ?", String.class, broadcastId);
        List<RecordedCall> calls = api.awaitCalls(method, c -> c.httpStatus() == 200
                && chatIds.contains(c.param("chat_id")) && caption.equals(c.param("caption")), chatIds.size(),
                Duration.ofSeconds(20));
        assertThat(calls).hasSize(chatIds.size());
        return calls.stream().filter(c -> !c.files().isEmpty()).count();
    }
}
