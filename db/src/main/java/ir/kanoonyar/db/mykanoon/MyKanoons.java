package ir.kanoonyar.db.mykanoon;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.db.deputy.Deputies;
import ir.kanoonyar.db.deputy.Deputy;
import ir.kanoonyar.db.deputy.DeputyStatus;
import ir.kanoonyar.db.indicator.KanoonScorecard;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.licence.LicenceNotices;
import ir.kanoonyar.db.licence.LicenceView;
import ir.kanoonyar.db.licence.Licences;
import ir.kanoonyar.db.member.KanoonMemberRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.training.RequiredCourses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «کانون من»: the active kanoons a person manages, each as a {@link KanoonCard}, and the licence's
 * PDF sent again. Every call takes the kanoon id as it came (from a button) and answers only for the
 * kanoon's own manager: for anyone else it is as if the kanoon did not exist.
 */
@Service
public class MyKanoons {

    /** How many rolled-up months the card shows beside the county's average. */
    static final int FIGURE_MONTHS = 3;

    private final KanoonRepository kanoons;
    private final LicenceRepository licenceRows;
    private final Licences licences;
    private final LicenceNotices notices;
    private final MosqueRepository mosques;
    private final CountyRepository counties;
    private final PersonRepository persons;
    private final Deputies deputies;
    private final RequiredCourses requiredCourses;
    private final KanoonMemberRepository members;
    private final KanoonScorecard scorecard;
    private final Clock clock;
    private final int renewalWarningDays;

    public MyKanoons(KanoonRepository kanoons, LicenceRepository licenceRows, Licences licences,
                     LicenceNotices notices, MosqueRepository mosques, CountyRepository counties,
                     PersonRepository persons, Deputies deputies, RequiredCourses requiredCourses,
                     KanoonMemberRepository members, KanoonScorecard scorecard, Clock clock,
                     @Value("${kanoonyar.my-kanoon.renewal-warning-days:60}") int renewalWarningDays) {
        this.kanoons = kanoons;
        this.licenceRows = licenceRows;
        this.licences = licences;
        this.notices = notices;
        this.mosques = mosques;
        this.counties = counties;
        this.persons = persons;
        this.deputies = deputies;
        this.requiredCourses = requiredCourses;
        this.members = members;
        this.scorecard = scorecard;
        this.clock = clock;
        this.renewalWarningDays = renewalWarningDays;
    }

    /** The active kanoons the person manages, oldest first. */
    @Transactional(readOnly = true)
    public List<Kanoon> managedBy(Long personId) {
        return kanoons.activeManagedBy(personId);
    }

    /** The kanoon's card, if the person manages it and it is active; else empty. */
    @Transactional(readOnly = true)
    public Optional<KanoonCard> card(Long personId, long kanoonId) {
        return managed(personId, kanoonId).map(kanoon -> card(personId, kanoon));
    }

    /** The licence's PDF again, to the chat that asked, through the outbox (drawn by the bot as it sends). */
    @Transactional
    public ResendOutcome resendLicence(Long personId, long kanoonId, Channel channel, long chatId) {
        Optional<Kanoon> kanoon = managed(personId, kanoonId);
        if (kanoon.isEmpty()) {
            return ResendOutcome.NOT_YOUR_KANOON;
        }
        Optional<Licence> licence = licenceRows.findFirstByKanoonIdOrderByIdDesc(kanoonId);
        if (licence.isEmpty()) {
            return ResendOutcome.NO_LICENCE;
        }
        if (licence.get().getStatus() == LicenceStatus.REVOKED) {
            return ResendOutcome.REVOKED;
        }
        notices.copy(licence.get(), kanoon.get().getName(), personId, channel, chatId);
        return ResendOutcome.SENT;
    }

    private KanoonCard card(Long personId, Kanoon kanoon) {
        Optional<Mosque> mosque = mosques.findById(kanoon.getMosqueId());
        County county = counties.findById(kanoon.getCountyId()).orElseThrow();
        LicenceView licence = licenceRows.findFirstByKanoonIdOrderByIdDesc(kanoon.getId())
                .flatMap(l -> licences.find(l.getNumber())).orElse(null);
        Optional<Deputy> deputy = deputies.openOf(kanoon.getId());
        String deputyName = deputy.flatMap(d -> persons.findById(d.getPersonId())).map(Person::fullName).orElse(null);
        return new KanoonCard(kanoon.getId(), kanoon.getName(), mosque.map(Mosque::getName).orElse(""),
                mosque.map(Mosque::getLocality).orElse(null), county.getName(), county.getProvince().getName(),
                kanoon.getStatus(), licence, deputyName,
                deputy.map(d -> d.getStatus() == DeputyStatus.ACTIVE).orElse(false), renewalDaysLeft(licence),
                requiredCourses.notPassedBy(personId), members.countByKanoonId(kanoon.getId()),
                scorecard.lastMonths(kanoon.getId(), FIGURE_MONTHS));
    }

    private Long renewalDaysLeft(LicenceView licence) {
        if (licence == null || licence.validity() == LicenceView.Validity.REVOKED
                || licence.validity() == LicenceView.Validity.SUPERSEDED) {
            return null;
        }
        LocalDate today = JalaliDate.today(clock).toLocalDate();
        long left = ChronoUnit.DAYS.between(today, licence.validUntil().toLocalDate());
        return left <= renewalWarningDays ? left : null;
    }

    private Optional<Kanoon> managed(Long personId, long kanoonId) {
        if (personId == null) {
            return Optional.empty();
        }
        return kanoons.findById(kanoonId).filter(k -> k.getStatus() == KanoonStatus.ACTIVE)
                .filter(k -> personId.equals(k.getManagerPersonId()));
    }
}
