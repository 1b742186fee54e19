package ir.kanoonyar.db.training;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nudges people about training, through the outbox:
 * <ul>
 * <li>a person who stopped mid-course (no move for {@code kanoonyar.training.stalled-after}, 7 days by
 * default) is told where they are, once per stop (the enrolment's {@code reminded_at});</li>
 * <li>a kanoon manager who has not passed a course the guideline in force requires is told the
 * deadline (manager since + the guideline's {@code training_within_days}) when it is at most
 * {@code kanoonyar.training.due-warning-days} (7) away, once per course and deadline (the outbox
 * dedup key).</li>
 * </ul>
 * Safe to run on several instances at once: the enrolment's version and the dedup key keep each
 * reminder to one. The back-office's reminder sweep runs it (a Quartz job) and hands it its
 * {@link Delivery}, which holds reminders to the morning in quiet hours and puts them in the bulk lane.
 */
@Service
public class TrainingReminders {

    static final String KIND = "TRAINING_REMINDER";
    private static final int BATCH = 500;
    private static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/training", Locale.ROOT);

    private final EnrolmentRepository enrolments;
    private final CourseVersionRepository versions;
    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final NewManagers newManagers;
    private final GuidelineVersionRepository guidelines;
    private final PassedCourses passed;
    private final PersonChatRepository chats;
    private final Duration stalledAfter;
    private final int dueWarningDays;

    public TrainingReminders(EnrolmentRepository enrolments, CourseVersionRepository versions, CourseRepository courses,
                             LessonRepository lessons, NewManagers newManagers, GuidelineVersionRepository guidelines,
                             PassedCourses passed, PersonChatRepository chats,
                             @Value("${kanoonyar.training.stalled-after:7d}") Duration stalledAfter,
                             @Value("${kanoonyar.training.due-warning-days:7}") int dueWarningDays) {
        this.enrolments = enrolments;
        this.versions = versions;
        this.courses = courses;
        this.lessons = lessons;
        this.newManagers = newManagers;
        this.guidelines = guidelines;
        this.passed = passed;
        this.chats = chats;
        this.stalledAfter = stalledAfter;
        this.dueWarningDays = dueWarningDays;
    }

    /** Writes one reminder to one chat; false when its dedup key was written before. */
    @FunctionalInterface
    public interface Delivery {
        boolean write(Channel channel, long chatId, Long personId, String kind, String dedupKey, String text);
    }

    /** One sweep of both kinds at {@code now}; returns how many reminders were written. */
    @Transactional
    public int sweep(Instant now, Delivery delivery) {
        return stalled(now, delivery) + dueSoon(now, delivery);
    }

    private int stalled(Instant now, Delivery delivery) {
        int written = 0;
        List<Enrolment> stopped = enrolments.findStalled(EnrolmentStatus.IN_PROGRESS, now.minus(stalledAfter),
                PageRequest.of(0, BATCH));
        for (Enrolment e : stopped) {
            CourseVersion version = versions.findById(e.getCourseVersionId()).orElseThrow();
            String text = text("training.reminder.stalled", version.getTitle(), digits(e.getLessonPosition()),
                    digits(lessons.countByCourseVersionId(version.getId())));
            written += tell(e.getPersonId(), "training-stalled:" + e.getId() + ":" + e.getUpdatedAt().toEpochMilli(),
                    text, delivery);
            e.reminded(now);
        }
        return written;
    }

    private int dueSoon(Instant now, Delivery delivery) {
        GuidelineVersion guideline = guidelines.findInForceAt(now).orElse(null);
        if (guideline == null || guideline.getRequiredCourses().isEmpty()) {
            return 0;
        }
        LocalDate today = now.atZone(JalaliDate.TEHRAN).toLocalDate();
        int within = guideline.getTrainingWithinDays();
        // The required courses' published titles, once for all managers; a code with none yet is left out.
        Map<String, String> titles = new HashMap<>();
        for (String code : guideline.getRequiredCourses()) {
            courses.findByCode(code).filter(c -> c.getPublishedVersionId() != null)
                    .flatMap(c -> versions.findById(c.getPublishedVersionId()))
                    .ifPresent(v -> titles.put(code, v.getTitle()));
        }
        int written = 0;
        // Deadline = managerSince + within, between today and today + warning days.
        for (Kanoon kanoon : newManagers.managedSinceBetween(today.minusDays(within),
                today.minusDays(within).plusDays(dueWarningDays))) {
            Long person = kanoon.getManagerPersonId();
            LocalDate deadline = kanoon.getManagerSince().plusDays(within);
            Set<String> done = passed.of(person);
            for (String code : guideline.getRequiredCourses()) {
                if (done.contains(code)) {
                    continue;
                }
                String title = titles.get(code);
                if (title == null) {
                    continue; // no such course to take yet: nothing to nudge towards
                }
                written += tell(person, "training-due:" + person + ":" + code + ":" + deadline,
                        text("training.reminder.due", title, JalaliDate.from(deadline).formatLong()), delivery);
            }
        }
        return written;
    }

    /** On every messenger the person uses and has not blocked; the key is made per chat. */
    private int tell(Long personId, String key, String text, Delivery delivery) {
        int written = 0;
        for (PersonChat chat : chats.findByPersonIdAndBlockedAtIsNull(personId)) {
            if (delivery.write(chat.getChannel(), chat.getChatId(), personId, KIND, key + ":" + chat.getChannel(),
                    text)) {
                written++;
            }
        }
        return written;
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), PERSIAN).format(args);
    }

    private static String digits(int n) {
        return PersianText.toPersianDigits(Integer.toString(n));
    }
}
