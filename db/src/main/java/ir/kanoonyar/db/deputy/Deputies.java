package ir.kanoonyar.db.deputy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.persian.NationalCode;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a kanoon's young deputy (جانشین): the manager of an active kanoon names a registered
 * person by national code or mobile, younger than {@code kanoonyar.deputy.max-age} (30), who is not
 * the manager, manages no kanoon and is no other kanoon's deputy; the person accepts or declines in
 * the bot; the manager may remove the deputy. Each refusal is a {@link DeputyRefusal}. Who is told
 * what is the bot's business; every call re-checks that the caller may act on the kanoon, whatever
 * id a button carried.
 */
@Service
public class Deputies {

    private final DeputyRepository deputies;
    private final KanoonRepository kanoons;
    private final PersonRepository persons;
    private final Clock clock;
    private final int maxAge;

    public Deputies(DeputyRepository deputies, KanoonRepository kanoons, PersonRepository persons, Clock clock,
                    @Value("${kanoonyar.deputy.max-age:30}") int maxAge) {
        if (maxAge < 1) {
            throw new IllegalArgumentException("kanoonyar.deputy.max-age must be at least 1");
        }
        this.deputies = deputies;
        this.kanoons = kanoons;
        this.persons = persons;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public int maxAge() {
        return maxAge;
    }

    /** The manager names a deputy by national code or mobile (any digits); the person is invited. */
    @Transactional
    public DeputyOutcome nominate(Long managerPersonId, long kanoonId, String typed) {
        Optional<Kanoon> kanoon = managed(managerPersonId, kanoonId);
        if (kanoon.isEmpty()) {
            return refused(DeputyRefusal.NOT_YOUR_KANOON);
        }
        if (deputies.findByOpenKanoonId(kanoonId).isPresent()) {
            return refused(DeputyRefusal.KANOON_HAS_DEPUTY);
        }
        ParseResult<String> code = NationalCode.parse(typed);
        ParseResult<String> mobile = MobileNumber.parse(typed);
        Optional<Person> found;
        if (code.isValid()) {
            found = persons.findByNationalCode(code.value());
        } else if (mobile.isValid()) {
            found = persons.findByMobile(mobile.value()).stream().filter(Person::isRegistered).findFirst();
        } else {
            return refused(DeputyRefusal.NOT_A_CODE_OR_PHONE);
        }
        if (found.isEmpty() || !found.get().isRegistered()) {
            return refused(DeputyRefusal.UNREGISTERED);
        }
        Person person = found.get();
        Optional<DeputyRefusal> refusal = ineligible(person, kanoon.get());
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        Deputy deputy = deputies.saveAndFlush(new Deputy(kanoonId, person.getId(), managerPersonId, clock.instant()));
        return new DeputyOutcome.Done(deputy, kanoon.get(), person);
    }

    /** The person named answers the nomination waiting for them; the rules are checked again on accept. */
    @Transactional
    public DeputyOutcome answer(Long personId, boolean accept) {
        Optional<Deputy> open = personId == null ? Optional.empty()
                : deputies.findByOpenPersonId(personId).filter(d -> d.getStatus() == DeputyStatus.INVITED);
        if (open.isEmpty()) {
            return refused(DeputyRefusal.NO_INVITATION);
        }
        Deputy deputy = open.get();
        Kanoon kanoon = kanoons.findById(deputy.getKanoonId()).orElseThrow();
        Person person = persons.findById(personId).orElseThrow();
        Instant now = clock.instant();
        if (!accept) {
            deputy.decline(now);
            return new DeputyOutcome.Done(deputies.saveAndFlush(deputy), kanoon, person);
        }
        if (kanoon.getStatus() != KanoonStatus.ACTIVE
                || !deputy.getNamedByPersonId().equals(kanoon.getManagerPersonId())) {
            // The manager who named them has left: the nomination lapses.
            deputy.end(now);
            deputies.saveAndFlush(deputy);
            return refused(DeputyRefusal.NO_INVITATION);
        }
        Optional<DeputyRefusal> refusal = ineligible(person, kanoon).filter(r -> r != DeputyRefusal.ALREADY_DEPUTY);
        if (refusal.isPresent()) {
            deputy.end(now);
            deputies.saveAndFlush(deputy);
            return refused(refusal.get());
        }
        deputy.accept(now);
        return new DeputyOutcome.Done(deputies.saveAndFlush(deputy), kanoon, person);
    }

    /** The manager removes the deputy, or takes back a nomination not yet answered. */
    @Transactional
    public DeputyOutcome remove(Long managerPersonId, long kanoonId) {
        Optional<Kanoon> kanoon = managed(managerPersonId, kanoonId);
        if (kanoon.isEmpty()) {
            return refused(DeputyRefusal.NOT_YOUR_KANOON);
        }
        Optional<Deputy> open = deputies.findByOpenKanoonId(kanoonId);
        if (open.isEmpty()) {
            return refused(DeputyRefusal.NO_DEPUTY);
        }
        Deputy deputy = open.get();
        deputy.remove(clock.instant());
        return new DeputyOutcome.Done(deputies.saveAndFlush(deputy), kanoon.get(),
                persons.findById(deputy.getPersonId()).orElseThrow());
    }

    /**
     * The kanoon has a new manager: its open nomination ends, whether the deputy is the one who took over
     * or was named by the manager who left. Joins the caller's transaction (an approval).
     */
    @Transactional
    public void endOnNewManager(Long kanoonId, Instant at) {
        deputies.findByOpenKanoonId(kanoonId).ifPresent(deputy -> {
            deputy.end(at);
            deputies.save(deputy);
        });
    }

    /** The kanoon's open nomination (invited or active), if any. */
    @Transactional(readOnly = true)
    public Optional<Deputy> openOf(Long kanoonId) {
        return deputies.findByOpenKanoonId(kanoonId);
    }

    /** The kanoon's deputy who has accepted, if any. */
    @Transactional(readOnly = true)
    public Optional<Deputy> activeOf(Long kanoonId) {
        return deputies.findByOpenKanoonId(kanoonId).filter(d -> d.getStatus() == DeputyStatus.ACTIVE);
    }

    /** The nomination waiting for this person's answer, if any. */
    @Transactional(readOnly = true)
    public Optional<Deputy> invitationOf(Long personId) {
        return personId == null ? Optional.empty()
                : deputies.findByOpenPersonId(personId).filter(d -> d.getStatus() == DeputyStatus.INVITED);
    }

    private Optional<DeputyRefusal> ineligible(Person person, Kanoon kanoon) {
        if (person.getId().equals(kanoon.getManagerPersonId())) {
            return Optional.of(DeputyRefusal.IS_THE_MANAGER);
        }
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        if (person.getBirthDate() == null) {
            return Optional.of(DeputyRefusal.UNREGISTERED);
        }
        if (Period.between(person.getBirthDate(), today).getYears() >= maxAge) {
            return Optional.of(DeputyRefusal.TOO_OLD);
        }
        if (kanoons.countByManagerPersonIdAndStatusNot(person.getId(), KanoonStatus.CLOSED) > 0) {
            return Optional.of(DeputyRefusal.ALREADY_MANAGING);
        }
        if (deputies.findByOpenPersonId(person.getId()).isPresent()) {
            return Optional.of(DeputyRefusal.ALREADY_DEPUTY);
        }
        return Optional.empty();
    }

    /** The kanoon, if it is active and this person manages it; else nothing, whatever the id. */
    private Optional<Kanoon> managed(Long managerPersonId, long kanoonId) {
        if (managerPersonId == null) {
            return Optional.empty();
        }
        return kanoons.findById(kanoonId).filter(k -> k.getStatus() == KanoonStatus.ACTIVE)
                .filter(k -> managerPersonId.equals(k.getManagerPersonId()));
    }

    private DeputyOutcome refused(DeputyRefusal refusal) {
        return new DeputyOutcome.Refused(refusal, maxAge);
    }
}
