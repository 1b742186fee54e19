package ir.kanoonyar.db.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.guideline.ApplicantFacts;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.guideline.EligibilityChecker;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.training.PassedCourses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility checklist of a registration's answers under the guideline in force, so a person
 * sees it before they submit: age, gender, education, kanoons already managed, courses passed.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationChecklist {

    private final GuidelineVersionRepository guidelines;
    private final EligibilityChecker eligibility;
    private final KanoonRepository kanoons;
    private final PassedCourses passedCourses;
    private final Clock clock;

    public RegistrationChecklist(GuidelineVersionRepository guidelines, EligibilityChecker eligibility,
                                 KanoonRepository kanoons, PassedCourses passedCourses, Clock clock) {
        this.guidelines = guidelines;
        this.eligibility = eligibility;
        this.kanoons = kanoons;
        this.passedCourses = passedCourses;
        this.clock = clock;
    }

    /**
     * The checklist for the person (null: not known to the bot yet) and these answers; empty until
     * birth date, gender and education are answered (or when they cannot be read), or when no
     * guideline is in force.
     */
    public Optional<Checklist> of(Long personId, Map<String, String> answers) {
        Instant now = clock.instant();
        LocalDate today = ApplicantFacts.tehranDate(now);
        Optional<LocalDate> birthDate = ProfileAnswers.birthDate(answers.get(FieldKeys.BIRTH_DATE), today);
        Optional<Gender> gender = ProfileAnswers.choice(Gender.class, answers.get(FieldKeys.GENDER));
        Optional<Education> education = ProfileAnswers.choice(Education.class, answers.get(FieldKeys.EDUCATION));
        if (birthDate.isEmpty() || gender.isEmpty() || education.isEmpty()) {
            return Optional.empty();
        }
        int managed = personId == null ? 0
                : (int) kanoons.countByManagerPersonIdAndStatusNot(personId, KanoonStatus.CLOSED);
        ApplicantFacts facts = new ApplicantFacts(birthDate.get(), gender.get(), education.get(), null, managed,
                passedCourses.of(personId), null, null, today);
        return guidelines.findInForceAt(now).map(g -> eligibility.check(g, facts));
    }
}
