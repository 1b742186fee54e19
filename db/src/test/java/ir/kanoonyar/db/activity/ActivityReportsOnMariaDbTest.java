package ir.kanoonyar.db.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.AttachmentStore;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The activity report rules on MariaDB: a draft is stored once with its photos, bytes already used in
 * another report are flagged, only the manager of the active kanoon reports, dates and the change
 * window hold, and staff decisions follow the county/province rules and tell the manager.
 */
class ActivityReportsOnMariaDbTest extends MariaDbTest {

    @Autowired
    ActivityReports reports;
    @Autowired
    ActivityReviews reviews;
    @Autowired
    ActivityReportRepository reportRows;
    @Autowired
    ActivityPhotos photos;
    @Autowired
    AttachmentStore attachmentStore;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private static final String REVIEWER = "activity-reviews-test";

    record Manager(long personId, long kanoonId, long chatId) {
    }

    @Test
    void aDraftIsStoredOnceWithItsPhotos() {
        Manager manager = manager();
        byte[] picture = png(1);
        ActivityDraft draft = draft(manager, picture, png(2));

        SubmitOutcome first = reports.submit(manager.personId(), draft);
        SubmitOutcome second = reports.submit(manager.personId(), draft);

        assertThat(first).isInstanceOf(SubmitOutcome.Submitted.class);
        ActivityReport report = ((SubmitOutcome.Submitted) first).report();
        assertThat(second).isInstanceOfSatisfying(SubmitOutcome.AlreadySubmitted.class,
                again -> assertThat(again.report().getId()).isEqualTo(report.getId()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_report WHERE kanoon_id = ?", Integer.class,
                manager.kanoonId())).isEqualTo(1);
        List<ActivityPhotos.Photo> kept = photos.of(report.getId());
        assertThat(kept).extracting(ActivityPhotos.Photo::position).containsExactly(1, 2);
        assertThat(photos.content(report.getId(), kept.get(0).id())).get()
                .satisfies(c -> assertThat(c.bytes()).isEqualTo(picture));
        assertThat(report.getStatus()).isEqualTo(ActivityReportStatus.SUBMITTED);
        assertThat(report.isDuplicatePhoto()).isFalse();
    }

    @Test
    void aPhotoWhoseBytesAnotherReportUsedFlagsTheNewReport() {
        Manager one = manager();
        Manager two = manager();
        byte[] shared = png(3);
        ActivityReport first = submitted(one, draft(one, shared));
        ActivityReport copy = submitted(two, draft(two, png(4), shared));

        assertThat(first.isDuplicatePhoto()).isFalse();
        assertThat(copy.isDuplicatePhoto()).isTrue();
        assertThat(photos.of(copy.getId())).extracting(ActivityPhotos.Photo::duplicateOfReportId)
                .containsExactly(null, first.getId());
    }

    @Test
    void onlyTheManagerOfTheActiveKanoonReportsForIt() {
        Manager manager = manager();
        Manager other = manager();
        ActivityDraft forOthersKanoon = draft(manager);
        forOthersKanoon.kanoonId = other.kanoonId();

        assertThat(reports.submit(manager.personId(), forOthersKanoon))
                .isEqualTo(new SubmitOutcome.Refused(ActivityRefusal.NOT_A_MANAGER));
        assertThat(reports.managedKanoon(manager.personId())).map(Kanoon::getId).contains(manager.kanoonId());
        jdbc.update("UPDATE kanoon SET status = 'NO_MANAGER' WHERE id = ?", manager.kanoonId());
        assertThat(reports.managedKanoon(manager.personId())).isEmpty();
        assertThat(reports.submit(manager.personId(), draft(manager)))
                .isEqualTo(new SubmitOutcome.Refused(ActivityRefusal.NOT_A_MANAGER));
    }

    @Test
    void datesInTheFutureOrOlderThanTheSettingAndCountsOutOfBoundsAreRefused() {
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        assertThat(reports.checkDate(today)).isEmpty();
        assertThat(reports.checkDate(today.plusDays(1))).contains(ActivityRefusal.DATE_IN_FUTURE);
        assertThat(reports.checkDate(today.minusDays(60))).isEmpty();
        assertThat(reports.checkDate(today.minusDays(61))).contains(ActivityRefusal.DATE_TOO_OLD);
        assertThat(reports.checkParticipants(0)).contains(ActivityRefusal.PARTICIPANTS_OUT_OF_BOUNDS);
        assertThat(reports.checkParticipants(5001)).contains(ActivityRefusal.PARTICIPANTS_OUT_OF_BOUNDS);
        assertThat(reports.checkTitle("x".repeat(201))).contains(ActivityRefusal.TITLE_TOO_LONG);

        Manager manager = manager();
        ActivityDraft future = draft(manager);
        future.activityDate = today.plusDays(3);
        assertThat(reports.submit(manager.personId(), future))
                .isEqualTo(new SubmitOutcome.Refused(ActivityRefusal.DATE_IN_FUTURE));
    }

    @Test
    void aReportIsWithdrawnOnlyByItsManagerAndWithinTheWindow() {
        Manager manager = manager();
        Manager other = manager();
        ActivityReport report = submitted(manager, draft(manager));
        ActivityReport late = submitted(manager, draft(manager));
        jdbc.update("UPDATE activity_report SET submitted_at = submitted_at - INTERVAL 49 HOUR WHERE id = ?", late.getId());

        assertThat(reports.withdraw(other.personId(), report.getId())).contains(ActivityRefusal.NOT_FOUND);
        assertThat(reports.withdraw(manager.personId(), late.getId())).contains(ActivityRefusal.NO_LONGER_CHANGEABLE);
        assertThat(reports.withdraw(manager.personId(), report.getId())).isEmpty();
        assertThat(reportRows.findById(report.getId()).orElseThrow().getStatus())
                .isEqualTo(ActivityReportStatus.WITHDRAWN);
        assertThat(reviews.decide(ActivityReviews.Level.PROVINCE, staff(), report.getId(), version(report.getId()),
                ActivityReportStatus.ACCEPTED, null)).contains(ActivityRefusal.NOT_REVIEWABLE);
    }

    @Test
    void countyStaffDecideOnceProvinceStaffReReviewAndTheManagerIsToldWhy() {
        Manager manager = manager();
        ActivityReport report = submitted(manager, draft(manager));
        long staff = staff();

        assertThat(reviews.decide(ActivityReviews.Level.COUNTY, staff, report.getId(), version(report.getId()) + 1,
                ActivityReportStatus.ACCEPTED, null)).contains(ActivityRefusal.STALE);
        assertThat(reviews.decide(ActivityReviews.Level.COUNTY, staff, report.getId(), version(report.getId()),
                ActivityReportStatus.ACCEPTED, null)).isEmpty();
        assertThat(reviews.decide(ActivityReviews.Level.COUNTY, staff, report.getId(), version(report.getId()),
                ActivityReportStatus.DOUBTFUL, "عکس‌ها مربوط نیست")).contains(ActivityRefusal.NOT_REVIEWABLE);
        assertThat(reviews.decide(ActivityReviews.Level.PROVINCE, staff, report.getId(), version(report.getId()),
                ActivityReportStatus.DOUBTFUL, "  ")).contains(ActivityRefusal.REASON_REQUIRED);
        assertThat(reviews.decide(ActivityReviews.Level.PROVINCE, staff, report.getId(), version(report.getId()),
                ActivityReportStatus.DOUBTFUL, "ی".repeat(501))).contains(ActivityRefusal.REASON_TOO_LONG);
        assertThat(reviews.decide(ActivityReviews.Level.PROVINCE, staff, report.getId(), version(report.getId()),
                ActivityReportStatus.DOUBTFUL, "عکس‌ها مربوط به سال گذشته است")).isEmpty();

        ActivityReport decided = reportRows.findById(report.getId()).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(ActivityReportStatus.DOUBTFUL);
        assertThat(decided.getReviewedBy()).isEqualTo(staff);
        assertThat(decided.getReviewReason()).isEqualTo("عکس‌ها مربوط به سال گذشته است");
        List<String> told = jdbc.queryForList("SELECT body FROM outbox_message WHERE chat_id = ? ORDER BY id",
                String.class, manager.chatId());
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains("پذیرفته شد");
        assertThat(told.get(1)).contains("مشکوک", "عکس‌ها مربوط به سال گذشته است");
    }

    private ActivityReport submitted(Manager manager, ActivityDraft draft) {
        return ((SubmitOutcome.Submitted) reports.submit(manager.personId(), draft)).report();
    }

    private int version(long reportId) {
        return reportRows.findById(reportId).orElseThrow().getVersion();
    }

    private ActivityDraft draft(Manager manager, byte[]... pictures) {
        ActivityDraft draft = new ActivityDraft();
        draft.key = UUID.randomUUID().toString().replace("-", "");
        draft.kanoonId = manager.kanoonId();
        draft.corridor = Corridor.QURAN;
        draft.title = "محفل قرآن";
        draft.activityDate = JalaliDate.today(clock).toLocalDate().minusDays(2);
        draft.audience = ActivityAudience.TEENS;
        draft.participants = 30;
        for (byte[] picture : pictures) {
            draft.photoAttachmentIds.add(attachmentStore.keep(picture, true, ActivityDraft.PHOTO_FIELD, "a.png", null)
                    .attachment().getId());
        }
        return draft;
    }

    private Manager manager() {
        return tx.execute(s -> {
            Person person = persons.save(new Person(clock.instant()));
            long chatId = 710_000_000L + person.getId();
            chats.save(new PersonChat(person.getId(), Channel.TELEGRAM, chatId, clock.instant()));
            Long county = jdbc.queryForObject("SELECT id FROM county WHERE code = '0001'", Long.class);
            Long province = jdbc.queryForObject("SELECT province_id FROM county WHERE code = '0001'", Long.class);
            Mosque mosque = mosques.save(new Mosque("مسجد آزمایشی", province, county, "اراک", false, clock.instant()));
            Kanoon kanoon = kanoons.save(new Kanoon("کانون آزمایشی", mosque.getId(), province, county,
                    KanoonAudience.BROTHERS, person.getId(), LocalDate.now(), clock.instant()));
            return new Manager(person.getId(), kanoon.getId(), chatId);
        });
    }

    /** A staff account for the reviews, removed after the test (the production-shape tests expect none). */
    private long staff() {
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, created_at)"
                + " VALUES (?, 'x', 'کارشناس', 'NATIONAL_ADMIN', NOW())", REVIEWER);
        return jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, REVIEWER);
    }

    @AfterEach
    void removeTheReviewer() {
        jdbc.update("UPDATE activity_report SET reviewed_by = NULL WHERE reviewed_by IN"
                + " (SELECT id FROM staff_account WHERE username = ?)", REVIEWER);
        jdbc.update("DELETE FROM staff_account WHERE username = ?", REVIEWER);
    }

    private static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed % 8, (seed * 3) % 8, 0x00FF00 + seed * 1013 + (int) (System.nanoTime() & 0xFF) * 0x10000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
