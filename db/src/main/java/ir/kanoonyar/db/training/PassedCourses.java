package ir.kanoonyar.db.training;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codes of the courses a person has passed (holds a valid certificate for, any version): what
 * {@link ir.kanoonyar.db.guideline.ApplicantFacts#passedCourses()} needs to check a guideline's
 * required courses.
 */
@Service
public class PassedCourses {

    private final CertificateRepository certificates;

    public PassedCourses(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** Sorted; empty for null (a person not known yet) or none. */
    @Transactional(readOnly = true)
    public Set<String> of(Long personId) {
        return personId == null ? Set.of() : new TreeSet<>(certificates.findPassedCourseCodes(personId));
    }
}
