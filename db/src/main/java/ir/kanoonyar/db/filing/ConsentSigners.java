package ir.kanoonyar.db.filing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consents of a request and who may give them. The imam, the head of trustees and the applicant
 * are three different people: a signer's number is neither the applicant's own nor the one given for
 * the other signer, and whoever signs is neither the applicant (by person or number) nor whoever
 * signed the other consent. The form checks the numbers as they are typed, filing checks them again
 * before anything is written, and signing checks the person once the messenger vouched for them.
 *
 * <p>Identity: a signer is who the messenger vouches for, and only on that messenger. A consent
 * never ties a chat to a registered person who has another chat on this messenger, nor (from the
 * simulator, which vouches for nothing) to one who reaches the bot anywhere else.
 */
@Service
@Transactional
public class ConsentSigners {

    /** The form fields that carry a signer's number, by the consent they feed. */
    public static final Map<ConsentRole, String> FIELDS = Map.of(
            ConsentRole.IMAM, FieldKeys.IMAM_MOBILE,
            ConsentRole.TRUSTEES_HEAD, FieldKeys.TRUSTEES_MOBILE);

    private final ConsentRepository consents;
    private final PersonRepository persons;
    private final PersonChatRepository chats;
    private final RequestWorkflow workflow;
    private final Clock clock;

    public ConsentSigners(ConsentRepository consents, PersonRepository persons, PersonChatRepository chats,
                          RequestWorkflow workflow, Clock clock) {
        this.consents = consents;
        this.persons = persons;
        this.chats = chats;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The consent a field's number feeds, if it is a signer's field. */
    public static Optional<ConsentRole> roleOf(String fieldKey) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(fieldKey)).map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * Why the number typed into a signer's field is refused beside the applicant and the other
     * answers; empty when it is fine or the field is no signer's.
     */
    @Transactional(readOnly = true)
    public Optional<SignerRefusal> numberRefusal(Long applicantPersonId, String fieldKey, String mobile,
                                                 Map<String, String> answers) {
        Optional<ConsentRole> role = roleOf(fieldKey);
        if (role.isEmpty() || mobile == null) {
            return Optional.empty();
        }
        if (mobile.equals(mobileOf(applicantPersonId))) {
            return Optional.of(new SignerRefusal(SignerRefusal.Reason.SIGNER_IS_APPLICANT, role.get(), null));
        }
        for (Map.Entry<ConsentRole, String> other : FIELDS.entrySet()) {
            if (other.getKey() != role.get() && mobile.equals(answers.get(other.getValue()))) {
                return Optional.of(new SignerRefusal(SignerRefusal.Reason.SAME_AS_OTHER_ROLE, role.get(),
                        other.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The first refusal among the signer fields named (in role order); empty when every number is fine. */
    @Transactional(readOnly = true)
    public Optional<SignerRefusal> numbersRefusal(Long applicantPersonId, Collection<String> fieldKeys,
                                                  Map<String, String> answers) {
        for (ConsentRole role : ConsentRole.values()) {
            String key = FIELDS.get(role);
            if (key != null && fieldKeys.contains(key)) {
                Optional<SignerRefusal> refusal = numberRefusal(applicantPersonId, key, answers.get(key), answers);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why this person or number may not sign this consent: they are the applicant, or they signed the
     * request's other consent. {@code signerPersonId} may be null (nobody known yet with the number).
     */
    @Transactional(readOnly = true)
    public Optional<SignerRefusal> signingRefusal(Request request, Consent consent, Long signerPersonId,
                                                  String mobile) {
        Long applicantId = request.getApplicantPersonId();
        boolean applicantsNumber = mobile != null && mobile.equals(mobileOf(applicantId));
        if ((signerPersonId != null && signerPersonId.equals(applicantId)) || applicantsNumber) {
            return Optional.of(new SignerRefusal(SignerRefusal.Reason.SIGNER_IS_APPLICANT, consent.getRole(), null));
        }
        for (Consent other : consents.findByRequestId(request.getId())) {
            if (other.getRole() == consent.getRole() || other.getStatus() != ConsentStatus.SIGNED) {
                continue;
            }
            if ((mobile != null && mobile.equals(other.getSignerMobile()))
                    || (signerPersonId != null && signerPersonId.equals(other.getSignerPersonId()))) {
                return Optional.of(new SignerRefusal(SignerRefusal.Reason.SIGNED_OTHER_ROLE, consent.getRole(),
                        other.getRole()));
            }
        }
        return Optional.empty();
    }

    /**
     * Asks for the consents the request's route requires, one per signer whose number the answers
     * give, before the request is submitted. Numbers are assumed checked ({@link #numbersRefusal}).
     */
    public List<Consent> ask(Request request, Map<String, String> answers) {
        List<Consent> asked = new ArrayList<>();
        for (ConsentRole role : workflow.routeOf(request).consentRoles()) {
            String mobile = answers.get(FIELDS.get(role));
            if (mobile != null) {
                asked.add(consents.save(new Consent(request.getId(), role, mobile, clock.instant())));
            }
        }
        return asked;
    }

    /**
     * A returned request's signer number was answered again: its consent, unless already signed, goes
     * to that number with a fresh link (the old link stops working).
     */
    public Optional<Consent> reissue(Request request, String fieldKey, String mobile) {
        Optional<ConsentRole> role = roleOf(fieldKey);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<Consent> open = consents.findByRequestId(request.getId()).stream()
                .filter(c -> c.getRole() == role.get() && c.getStatus() != ConsentStatus.SIGNED)
                .findFirst();
        open.ifPresent(c -> c.reissue(mobile, clock.instant()));
        return open;
    }

    /** The consents of the request still waiting for an answer. */
    @Transactional(readOnly = true)
    public List<Consent> pending(Request request) {
        return consents.findByRequestId(request.getId()).stream()
                .filter(c -> c.getStatus() == ConsentStatus.PENDING).toList();
    }

    /**
     * Who would sign from this chat with this verified number: the chat's own person ({@code
     * chatPersonId}, null when the chat has none); else the person registered with the number, when
     * the chat may become theirs; else nobody yet. Writes nothing.
     */
    @Transactional(readOnly = true)
    public SignerCandidate candidate(Long chatPersonId, Channel channel, long chatId, String mobile) {
        if (chatPersonId != null) {
            return new SignerCandidate.Found(persons.findById(chatPersonId).orElseThrow());
        }
        Optional<Person> holder = persons.findByMobile(mobile).stream().findFirst();
        if (holder.isPresent() && !mayLink(holder.get(), channel, chatId)) {
            return new SignerCandidate.OtherChat();
        }
        return new SignerCandidate.Found(holder.orElse(null));
    }

    /**
     * The signer as a person linked to this chat, once every refusal is past: the chat's own person
     * (given the number if they had none), the candidate found, or a person made with the number.
     */
    public Person signer(Long chatPersonId, Person found, Channel channel, long chatId, String mobile) {
        if (chatPersonId != null) {
            Person own = persons.findById(chatPersonId).orElseThrow();
            if (own.getMobile() == null) {
                own.setMobile(mobile);
            }
            return own;
        }
        Person person = found != null ? found : persons.save(personWith(mobile));
        if (chats.findByChannelAndChatId(channel, chatId).isEmpty()) {
            chats.save(new PersonChat(person.getId(), channel, chatId, clock.instant()));
        }
        return person;
    }

    /**
     * A verified number proves whose chat this is only on the messenger that vouched for it: a
     * person who already has another chat on this messenger keeps it, and the simulator never takes
     * a person who reaches the bot anywhere else.
     */
    private boolean mayLink(Person holder, Channel channel, long chatId) {
        for (PersonChat chat : chats.findByPersonId(holder.getId())) {
            boolean sameChat = chat.getChannel() == channel && chat.getChatId() == chatId;
            if (!sameChat && (chat.getChannel() == channel || channel == Channel.SIMULATOR)) {
                return false;
            }
        }
        return true;
    }

    private Person personWith(String mobile) {
        Person created = new Person(clock.instant());
        created.setMobile(mobile);
        return created;
    }

    private String mobileOf(Long personId) {
        return personId == null ? null : persons.findById(personId).map(Person::getMobile).orElse(null);
    }
}
