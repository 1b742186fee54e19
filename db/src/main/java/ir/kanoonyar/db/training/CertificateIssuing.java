package ir.kanoonyar.db.training;

import java.time.Clock;
import java.util.Optional;

import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the certificate of a passed course version and finds one by its verification code. The
 * code has the tracking code's shape (twelve digits, the last a Verhoeff check digit, random): easy
 * to read out and type, a typo is told from an unknown code, and one code reveals no other.
 */
@Service
public class CertificateIssuing {

    private static final int DRAWS = 5;

    private final CertificateRepository certificates;
    private final CourseVersionRepository versions;
    private final PersonRepository persons;
    private final Clock clock;

    public CertificateIssuing(CertificateRepository certificates, CourseVersionRepository versions,
                              PersonRepository persons, Clock clock) {
        this.certificates = certificates;
        this.versions = versions;
        this.persons = persons;
        this.clock = clock;
    }

    /** The enrolment's certificate: issued now, or the one issued before for the same person and version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Certificate issue(Enrolment enrolment, QuizAttempt attempt) {
        if (!attempt.isPassed()) {
            throw new IllegalArgumentException("Attempt " + attempt.getId() + " did not pass");
        }
        Optional<Certificate> existing = certificates.findByPersonIdAndCourseVersionId(enrolment.getPersonId(),
                enrolment.getCourseVersionId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Person person = persons.findById(enrolment.getPersonId()).orElseThrow();
        CourseVersion version = versions.findById(enrolment.getCourseVersionId()).orElseThrow();
        return certificates.saveAndFlush(new Certificate(freshCode(), enrolment, attempt, nameOf(person),
                version.getTitle(), clock.instant()));
    }

    /**
     * The certificate with this code, as typed (Persian digits, dashes and spaces are accepted).
     * Empty for a malformed code as for an unknown one.
     */
    @Transactional(readOnly = true)
    public Optional<Certificate> find(String typedCode) {
        ParseResult<String> code = TrackingCode.parse(typedCode);
        return code.isValid() ? certificates.findByCode(code.value()) : Optional.empty();
    }

    private String freshCode() {
        for (int i = 0; i < DRAWS; i++) {
            String code = TrackingCode.generate();
            if (!certificates.existsByCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free certificate code in " + DRAWS + " draws");
    }

    private static String nameOf(Person person) {
        String name = person.fullName();
        return name == null || name.isBlank() ? "—" : name.strip();
    }
}
