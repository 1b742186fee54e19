package ir.kanoonyar.db.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations across provinces: a staff member asks experts of other provinces about a case,
 * sharing only a question and an excerpt they write; the experts answer in a thread. Only the asker
 * and the experts asked take part. Whether the asker may see the case at all is the caller's check
 * (the case's page, within the asker's scope); everything else is checked here.
 */
@Service
public class Consultations {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_EXCERPT = 4000;
    public static final int MAX_ANSWER = 4000;
    /** At most this many experts a consultation. */
    public static final int MAX_EXPERTS = 5;

    private final ConsultationRepository consultations;
    private final ConsultationMessageRepository messages;
    private final StaffAccountRepository accounts;
    private final ExpertProfiles profiles;
    private final ProvinceRepository provinces;
    private final ConsultationNotices notices;
    private final Clock clock;

    public Consultations(ConsultationRepository consultations, ConsultationMessageRepository messages,
                         StaffAccountRepository accounts, ExpertProfiles profiles, ProvinceRepository provinces,
                         ConsultationNotices notices, Clock clock) {
        this.consultations = consultations;
        this.messages = messages;
        this.accounts = accounts;
        this.profiles = profiles;
        this.provinces = provinces;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Asks the experts about a case of the province; each who linked a chat is told in the bot.
     *
     * @param subjectProvinceId the case's province: the experts must be of another one
     */
    @Transactional
    public ConsultationOutcome ask(long askerAccountId, SubjectKind kind, long subjectId, Long subjectProvinceId,
                                   Collection<Long> expertIds, String question, String excerpt) {
        String q = PersianText.normalize(question == null ? "" : question);
        String x = PersianText.normalize(excerpt == null ? "" : excerpt);
        Set<Long> wanted = expertIds == null ? Set.of() : new LinkedHashSet<>(expertIds);
        Optional<ConsultationProblem> problem = q.isEmpty() ? Optional.of(ConsultationProblem.QUESTION_EMPTY)
                : q.length() > MAX_QUESTION ? Optional.of(ConsultationProblem.QUESTION_TOO_LONG)
                : x.isEmpty() ? Optional.of(ConsultationProblem.EXCERPT_EMPTY)
                : x.length() > MAX_EXCERPT ? Optional.of(ConsultationProblem.EXCERPT_TOO_LONG)
                : wanted.isEmpty() ? Optional.of(ConsultationProblem.NO_EXPERT)
                : wanted.size() > MAX_EXPERTS ? Optional.of(ConsultationProblem.TOO_MANY_EXPERTS)
                : Optional.empty();
        if (problem.isPresent()) {
            return new ConsultationOutcome.Refused(problem.get());
        }
        Set<Long> consultable = profiles.consultableAbout(subjectProvinceId, askerAccountId).stream()
                .map(Expert::accountId).collect(Collectors.toSet());
        if (!consultable.containsAll(wanted)) {
            return new ConsultationOutcome.Refused(ConsultationProblem.EXPERT_NOT_AVAILABLE);
        }
        StaffAccount asker = accounts.findById(askerAccountId).orElseThrow();
        Consultation saved = consultations.save(new Consultation(kind, subjectId, subjectProvinceId, askerAccountId,
                q, x, wanted, clock.instant()));
        String askerProvince = provinceName(asker.getProvinceId());
        for (StaffAccount expert : accounts.findAllById(wanted)) {
            notices.asked(expert, asker.getDisplayName(), askerProvince, q);
        }
        return new ConsultationOutcome.Done(saved.getId());
    }

    /**
     * Adds an answer (by an expert) or a follow-up (by the asker); the other side is told in the bot:
     * the asker of an answer, the experts of a follow-up.
     */
    @Transactional
    public ConsultationOutcome post(long authorAccountId, long consultationId, String body) {
        Optional<Consultation> found = consultations.findById(consultationId)
                .filter(c -> c.hasParticipant(authorAccountId));
        if (found.isEmpty()) {
            return new ConsultationOutcome.Refused(ConsultationProblem.NOT_FOUND);
        }
        String text = PersianText.normalize(body == null ? "" : body);
        if (text.isEmpty()) {
            return new ConsultationOutcome.Refused(ConsultationProblem.ANSWER_EMPTY);
        }
        if (text.length() > MAX_ANSWER) {
            return new ConsultationOutcome.Refused(ConsultationProblem.ANSWER_TOO_LONG);
        }
        Consultation consultation = found.get();
        Instant now = clock.instant();
        messages.save(new ConsultationMessage(consultationId, authorAccountId, text, now));
        consultation.messagePosted(now);
        StaffAccount author = accounts.findById(authorAccountId).orElseThrow();
        Set<Long> readers = new LinkedHashSet<>(consultation.getExperts());
        readers.add(consultation.getAskerAccountId());
        readers.remove(authorAccountId);
        if (authorAccountId != consultation.getAskerAccountId()) {
            // An expert's answer goes to the asker only; the other experts read it in the back-office.
            readers.retainAll(Set.of(consultation.getAskerAccountId()));
        }
        for (StaffAccount reader : accounts.findAllById(readers)) {
            notices.posted(reader, author.getDisplayName(), text);
        }
        return new ConsultationOutcome.Done(consultationId);
    }

    /** The thread, for one of its participants; empty for anyone else and for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<ConsultationThread> thread(long viewerAccountId, long consultationId) {
        return consultations.findById(consultationId).filter(c -> c.hasParticipant(viewerAccountId))
                .map(this::thread);
    }

    /**
     * The consultations about a case, for whoever may see the case itself (the caller checks that):
     * the case's own staff read what their colleagues asked and were answered.
     */
    @Transactional(readOnly = true)
    public List<ConsultationThread> about(SubjectKind kind, long subjectId) {
        return consultations.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(kind, subjectId).stream()
                .map(this::thread).toList();
    }

    /** What the staff member asked, latest activity first. */
    @Transactional(readOnly = true)
    public List<ConsultationThread> askedBy(long accountId) {
        return consultations.findTop200ByAskerAccountIdOrderByLastMessageAtDesc(accountId).stream()
                .map(this::thread).toList();
    }

    /** What the staff member was asked, latest activity first. */
    @Transactional(readOnly = true)
    public List<ConsultationThread> askedOf(long accountId) {
        return consultations.askedOf(accountId).stream().limit(200).map(this::thread).toList();
    }

    private ConsultationThread thread(Consultation consultation) {
        List<ConsultationMessage> posts = messages.findByConsultationIdOrderByIdAsc(consultation.getId());
        Set<Long> ids = new LinkedHashSet<>(consultation.getExperts());
        ids.add(consultation.getAskerAccountId());
        posts.forEach(p -> ids.add(p.getAuthorAccountId()));
        Map<Long, StaffAccount> people = accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(StaffAccount::getId, Function.identity()));
        Map<Long, String> provinceNames = provinces.findAll().stream()
                .collect(Collectors.toMap(Province::getId, Province::getName));
        Function<Long, ConsultationThread.Participant> participant = id -> {
            StaffAccount account = people.get(id);
            return new ConsultationThread.Participant(id, account == null ? "" : account.getDisplayName(),
                    account == null || account.getProvinceId() == null ? ""
                            : provinceNames.getOrDefault(account.getProvinceId(), ""));
        };
        return new ConsultationThread(consultation, participant.apply(consultation.getAskerAccountId()),
                consultation.getExperts().stream().sorted().map(participant).toList(),
                posts.stream().map(p -> new ConsultationThread.Post(participant.apply(p.getAuthorAccountId()),
                        p.getBody(), p.getCreatedAt(), p.getAuthorAccountId() == consultation.getAskerAccountId()))
                        .toList());
    }

    private String provinceName(Long provinceId) {
        return provinceId == null ? "" : provinces.findById(provinceId).map(Province::getName).orElse("");
    }
}
