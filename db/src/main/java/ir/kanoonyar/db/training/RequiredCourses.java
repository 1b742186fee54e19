package ir.kanoonyar.db.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.guideline.GuidelineVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses the guideline in force requires of a kanoon's manager (and of its deputy, who may take
 * over), by their published titles; a required code with no published course yet is left out, as
 * there is nothing to take.
 */
@Service
public class RequiredCourses {

    private final GuidelineVersionRepository guidelines;
    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final PassedCourses passed;
    private final Clock clock;

    public RequiredCourses(GuidelineVersionRepository guidelines, CourseRepository courses,
                           CourseVersionRepository versions, PassedCourses passed, Clock clock) {
        this.guidelines = guidelines;
        this.courses = courses;
        this.versions = versions;
        this.passed = passed;
        this.clock = clock;
    }

    /** The titles of every required course, in the guideline's order of codes. */
    @Transactional(readOnly = true)
    public List<String> titles() {
        return titlesExcept(Set.of());
    }

    /** The titles of the required courses the person has not passed (no valid certificate). */
    @Transactional(readOnly = true)
    public List<String> notPassedBy(Long personId) {
        return titlesExcept(passed.of(personId));
    }

    private List<String> titlesExcept(Set<String> done) {
        GuidelineVersion guideline = guidelines.findInForceAt(clock.instant()).orElse(null);
        if (guideline == null) {
            return List.of();
        }
        List<String> titles = new ArrayList<>();
        for (String code : guideline.getRequiredCourses()) {
            if (done.contains(code)) {
                continue;
            }
            courses.findByCode(code).filter(c -> c.getPublishedVersionId() != null)
                    .flatMap(c -> versions.findById(c.getPublishedVersionId()))
                    .ifPresent(v -> titles.add(v.getTitle()));
        }
        return List.copyOf(titles);
    }
}
