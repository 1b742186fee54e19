package ir.kanoonyar.db.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.outbox.MediaUploads;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.training.CourseAuthoring;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.Enrolments;
import ir.kanoonyar.db.training.LessonContent;
import ir.kanoonyar.db.training.QuestionContent;
import ir.kanoonyar.db.training.QuizGrading;
import ir.kanoonyar.db.training.QuizStep;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.PeopleWithChats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Segments, enqueueing, pause, resume, cancel and progress on the real database. */
class BroadcastDeliveryOnMariaDbTest extends MariaDbTest {

    @Autowired
    BroadcastDelivery delivery;
    @Autowired
    BroadcastRowMoves moves;
    @Autowired
    BroadcastAudience audience;
    @Autowired
    BroadcastRepository broadcasts;
    @Autowired
    BroadcastMediaStore media;
    @Autowired
    MediaUploads uploads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CourseAuthoring authoring;
    @Autowired
    Enrolments enrolments;
    @Autowired
    QuizGrading grading;
    @Autowired
    PersonRepository personRows;

    PeopleWithChats people;
    long arak;
    long saveh;
    long tehran;
    long markazi;

    @BeforeEach
    void regions() {
        people = new PeopleWithChats(jdbc);
        arak = people.countyId("0001");
        saveh = people.countyId("0006");
        tehran = people.countyId("2301");
        markazi = people.provinceOfCounty(arak);
    }

    /** Rows left waiting would be sent by the next test's bot, or counted by its outbox checks. */
    @AfterEach
    void cancelWhatIsLeft() {
        jdbc.update("UPDATE outbox_message SET status = 'CANCELLED' WHERE broadcast_id IS NOT NULL"
                + " AND status IN ('PENDING', 'HELD')");
    }

    @Test
    void aSegmentReachesTheUnblockedChatsOfItsRegionAndRole() {
        long manager = people.person(arak, "مدیر");
        long managerChat = people.chat(manager, "TELEGRAM", false);
        long managerBale = people.chat(manager, "BALE", false);
        people.manages(manager, arak, "BROTHERS", false);
        long applicant = people.person(arak, "متقاضی");
        long applicantChat = people.chat(applicant, "TELEGRAM", false);
        people.submitted(applicant, arak);
        long idle = people.person(saveh, "ثبت‌نامی");
        long idleChat = people.chat(idle, "SIMULATOR", false);
        long blocked = people.person(arak, "مسدود");
        long blockedChat = people.chat(blocked, "TELEGRAM", true);
        long elsewhere = people.person(tehran, "تهرانی");
        long elsewhereChat = people.chat(elsewhere, "TELEGRAM", false);
        // A manager registered in Tehran whose kanoon is in Saveh belongs to Markazi too.
        long commuter = people.person(tehran, "مدیر دوشهری");
        long commuterChat = people.chat(commuter, "BALE", false);
        people.manages(commuter, saveh, "SISTERS", true);

        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.EVERYONE, null, null)))
                .contains(managerChat, managerBale, applicantChat, idleChat, commuterChat)
                .doesNotContain(blockedChat, elsewhereChat);
        assertThat(chatsOf(new Segment(markazi, saveh, SegmentRole.EVERYONE, null, null)))
                .contains(idleChat, commuterChat).doesNotContain(managerChat, applicantChat, elsewhereChat);
        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.MANAGERS, null, null)))
                .contains(managerChat, managerBale, commuterChat).doesNotContain(applicantChat, idleChat);
        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.APPLICANTS, null, null)))
                .contains(applicantChat).doesNotContain(managerChat, idleChat);
        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.NEVER_SUBMITTED, null, null)))
                .contains(idleChat, managerChat).doesNotContain(applicantChat);
        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.EVERYONE, KanoonAudience.SISTERS, KanoonArea.RURAL)))
                .contains(commuterChat).doesNotContain(managerChat, idleChat);
        assertThat(chatsOf(new Segment(markazi, null, SegmentRole.MANAGERS, KanoonAudience.BROTHERS, KanoonArea.RURAL)))
                .doesNotContain(managerChat, commuterChat);
        assertThat(chatsOf(new Segment(null, null, SegmentRole.EVERYONE, null, null)))
                .contains(managerChat, elsewhereChat).doesNotContain(blockedChat);
    }

    @Test
    void trainingSegmentsReachManagersWithoutACertificateAndPeopleMidCourse() {
        long trained = people.person(arak, "مدیر آموزش‌دیده");
        long trainedChat = people.chat(trained, "TELEGRAM", false);
        people.manages(trained, arak, "BROTHERS", false);
        long untrained = people.person(arak, "مدیر تازه");
        long untrainedChat = people.chat(untrained, "TELEGRAM", false);
        people.manages(untrained, arak, "SISTERS", false);
        long learner = people.person(arak, "در حال یادگیری");
        long learnerChat = people.chat(learner, "BALE", false);
        long courseId = tx.execute(s -> {
            CourseVersion v = authoring.createCourse("SEG" + PeopleWithChats.chatId(), null, "اداره کانون", "admin");
            authoring.addLesson(v.getId(), LessonContent.text("درس یک", "متن درس"));
            authoring.addQuestion(v.getId(), new QuestionContent("پرسش", List.of("درست", "نادرست"), 0));
            authoring.publish(v.getId(), "admin");
            return v.getCourseId();
        });
        long passing = tx.execute(s -> enrolments.enrol(personRows.findById(trained).orElseThrow(), courseId).getId());
        tx.execute(s -> {
            QuizStep.Ask ask = (QuizStep.Ask) grading.start(passing);
            return grading.answer(passing, ask.question().getId(), ask.options().get(0).getId());
        });
        tx.execute(s -> enrolments.enrol(personRows.findById(learner).orElseThrow(), courseId));

        assertThat(chatsOf(new Segment(markazi, arak, SegmentRole.MANAGERS_UNTRAINED, null, null)))
                .contains(untrainedChat).doesNotContain(trainedChat, learnerChat);
        assertThat(chatsOf(new Segment(markazi, arak, SegmentRole.LEARNERS, null, null)))
                .contains(learnerChat).doesNotContain(trainedChat, untrainedChat);
    }

    @Test
    void enqueueingWritesOneBulkRowPerChatOnceAndCountsWhatItSaid() {
        long a = people.person(arak, "الف");
        long aChat = people.chat(a, "TELEGRAM", false);
        long b = people.person(arak, "ب");
        long bChat = people.chat(b, "SIMULATOR", false);
        Segment segment = new Segment(markazi, arak, SegmentRole.EVERYONE, null, null);
        BroadcastAudience.Reach reach = audience.count(segment);
        long id = draft(segment, "سلام بر مدیران اراک");

        assertThat(delivery.enqueue(id)).isTrue();
        Broadcast sent = broadcasts.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(sent.getRecipients()).isEqualTo((int) reach.chats());
        assertThat(rowsOf(id)).hasSize((int) reach.chats());
        assertThat(jdbc.queryForList("SELECT chat_id FROM outbox_message WHERE broadcast_id = ?", Long.class, id))
                .contains(aChat, bChat);
        Map<String, Object> row = jdbc.queryForMap("SELECT lane, kind, status, body FROM outbox_message"
                + " WHERE broadcast_id = ? AND chat_id = ?", id, aChat);
        assertThat(row.get("lane")).isEqualTo("BULK");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat((String) row.get("body")).startsWith("{\"text\":\"سلام بر مدیران اراک\"");

        // A second run (a trigger firing twice) writes nothing more; neither does the raw insert itself.
        assertThat(delivery.enqueue(id)).isFalse();
        Integer again = tx.execute(s -> audience.enqueue(id, segment, "{}", Instant.now()));
        assertThat(again).isZero();
        assertThat(rowsOf(id)).hasSize((int) reach.chats());
    }

    @Test
    void pauseHoldsTheWaitingRowsResumeReleasesThemCancelStopsThemAndProgressCountsEachOutcome() {
        long[] chats = new long[5];
        for (int i = 0; i < chats.length; i++) {
            chats[i] = people.chat(people.person(saveh, "نفر " + i), "TELEGRAM", false);
        }
        long id = draft(new Segment(markazi, saveh, SegmentRole.EVERYONE, null, null), "پیام آزمون");
        delivery.enqueue(id);
        int total = rowsOf(id).size();
        // The sender's outcomes, as it records them.
        outcome(id, chats[0], "SENT");
        outcome(id, chats[1], "FAILED");
        outcome(id, chats[2], "BLOCKED");

        BroadcastProgress progress = delivery.progress(id);
        assertThat(progress.sent()).isEqualTo(1);
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.blocked()).isEqualTo(1);
        assertThat(progress.left()).isEqualTo(total - 3);
        assertThat(progress.total()).isEqualTo(total);
        assertThat(progress.estimatedFinish()).isNotNull();

        delivery.pause(id);
        moves.finish(id);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.PAUSED);
        assertThat(statusesOf(id)).doesNotContain("PENDING").contains("HELD");
        // Held rows are out of the sender's reach.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE broadcast_id = ? AND status = 'PENDING'",
                Integer.class, id)).isZero();
        assertThat(delivery.progress(id).left()).isEqualTo(total - 3);
        assertThat(delivery.enqueue(id)).isFalse();
        assertThatThrownBy(() -> delivery.pause(id)).isInstanceOf(IllegalStateException.class);

        delivery.resume(id);
        moves.finish(id);
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(statusesOf(id)).doesNotContain("HELD").contains("PENDING");
        assertThatThrownBy(() -> delivery.resume(id)).isInstanceOf(IllegalStateException.class);

        outcome(id, chats[3], "SENT");
        delivery.cancel(id);
        moves.finish(id);
        BroadcastProgress cancelled = delivery.progress(id);
        assertThat(cancelled.sent()).isEqualTo(2);
        assertThat(cancelled.cancelled()).isEqualTo(total - 4);
        assertThat(cancelled.left()).isZero();
        assertThat(broadcasts.findById(id).orElseThrow().getStatus()).isEqualTo(BroadcastStatus.CANCELLED);
        assertThatThrownBy(() -> delivery.resume(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBroadcastWithNothingLeftIsDone() {
        long chat = people.chat(people.person(arak, "تنها"), "BALE", false);
        long id = draft(new Segment(markazi, arak, SegmentRole.EVERYONE, null, null), "پایان");
        delivery.enqueue(id);
        jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE broadcast_id = ?",
                java.sql.Timestamp.from(Instant.now()), id);
        assertThat(delivery.progress(id).percent()).isEqualTo(100);
        Broadcast done = broadcasts.findById(id).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(BroadcastStatus.DONE);
        assertThat(done.getFinishedAt()).isNotNull();
        assertThat(chat).isPositive();
    }

    @Test
    void aPhotoTravelsAsAReferenceInTheBodyAndItsBytesStayInTheDatabase() {
        people.chat(people.person(arak, "عکس"), "TELEGRAM", false);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        BroadcastMedia photo = media.save(MediaKind.PHOTO, "poster.png", "image/png", png);
        Segment segment = new Segment(markazi, arak, SegmentRole.EVERYONE, null, null);
        long id = tx.execute(s -> broadcasts.save(new Broadcast("tester", segment, "پوستر", photo.id(), Instant.now()))
                .getId());
        delivery.enqueue(id);
        String body = jdbc.queryForList("SELECT body FROM outbox_message WHERE broadcast_id = ?", String.class, id).get(0);
        String source = "broadcast-media:" + photo.id();
        assertThat(body).endsWith(",\"media\":{\"kind\":\"PHOTO\",\"source\":\"" + source + "\"}}");
        assertThat(media.bytes(photo.id())).contains(png);

        assertThat(uploads.fileId(source, Channel.TELEGRAM)).isEmpty();
        uploads.remember(source, Channel.TELEGRAM, "first");
        uploads.remember(source, Channel.TELEGRAM, "second");
        assertThat(uploads.fileId(source, Channel.TELEGRAM)).contains("first");
        assertThat(uploads.fileId(source, Channel.BALE)).isEmpty();
    }

    @Test
    void aFilesNameIsKeptWithoutBidiControls() {
        // "poster<RLO>fdp.exe" would read as "posterexe.pdf" on the progress page and in the chat.
        BroadcastMedia document = media.save(MediaKind.DOCUMENT, "poster\u202Efdp.exe", "application/pdf",
                "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(document.fileName()).isEqualTo("posterfdp.exe");
        assertThat(media.find(document.id()).orElseThrow().fileName()).isEqualTo("posterfdp.exe");
    }

    @Test
    void theStatusMachineAllowsOnlyItsMoves() {
        assertThat(BroadcastStatus.SCHEDULED.canMoveTo(BroadcastStatus.SENDING)).isTrue();
        assertThat(BroadcastStatus.DONE.isFinal()).isTrue();
        assertThat(BroadcastStatus.CANCELLED.canMoveTo(BroadcastStatus.SENDING)).isFalse();
        assertThat(BroadcastStatus.SCHEDULED.canMoveTo(BroadcastStatus.PAUSED)).isFalse();
    }

    private long draft(Segment segment, String text) {
        return tx.execute(s -> broadcasts.save(new Broadcast("tester", segment, text, null, Instant.now())).getId());
    }

    private List<Long> chatsOf(Segment segment) {
        long id = draft(segment, "شمارش");
        delivery.enqueue(id);
        List<Long> chats = jdbc.queryForList("SELECT chat_id FROM outbox_message WHERE broadcast_id = ?", Long.class, id);
        assertThat(audience.count(segment).chats()).as("the count says what enqueueing writes").isEqualTo(chats.size());
        delivery.cancel(id);
        return chats;
    }

    private List<Long> rowsOf(long id) {
        return jdbc.queryForList("SELECT id FROM outbox_message WHERE broadcast_id = ?", Long.class, id);
    }

    private List<String> statusesOf(long id) {
        return jdbc.queryForList("SELECT DISTINCT status FROM outbox_message WHERE broadcast_id = ?", String.class, id);
    }

    private void outcome(long id, long chatId, String status) {
        jdbc.update("UPDATE outbox_message SET status = ?, sent_at = ? WHERE broadcast_id = ? AND chat_id = ?", status,
                "SENT".equals(status) ? java.sql.Timestamp.from(Instant.now()) : null, id, chatId);
    }
}
