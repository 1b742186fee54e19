package ir.kanoonyar.bot.flows;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationState.ConsentState;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormDescription;
import ir.kanoonyar.db.filing.ConsentSigners;
import ir.kanoonyar.db.filing.SignerCandidate;
import ir.kanoonyar.db.filing.SignerRefusal;
import ir.kanoonyar.db.persian.MobileNumber;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.stereotype.Component;

/**
 * A signer opens the link the applicant forwarded ("/start c_<token>"), shares their contact,
 * which must be their own and match the number the applicant gave, reads the request, and signs or
 * refuses with an optional comment (at most its column's length). The signature goes into the
 * request's signed timeline and the applicant is told.
 *
 * <p>Identity: a signer is who the messenger vouches for (a contact whose user id is the sender's),
 * and only on that messenger. A link never ties this chat to a registered person who has another chat
 * on this messenger, nor (from the simulator, which vouches for nothing) to one who reaches the bot
 * anywhere else. The imam, the head of trustees and the applicant are three people: the applicant, and
 * whoever signed the other consent, are refused. Every refusal comes before anything is written.
 */
@Component
public class ConsentFlow implements Flow {

    public static final String ID = "CONSENT";
    /** Waiting for the signer's own contact. */
    public static final String CONTACT = "CONTACT";
    /** Sign or refuse. */
    public static final String DECIDE = "DECIDE";
    /** An optional comment, then the answer is recorded. */
    public static final String COMMENT = "COMMENT";

    public static final String LINK_PREFIX = ir.kanoonyar.db.person.StartLink.CONSENT_PREFIX;

    private final Texts texts;
    private final ConsentRepository consents;
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final FormDescription forms;
    private final ConsentNotices notices;
    private final ConsentSigners signers;
    private final StateTable table;

    public ConsentFlow(Texts texts, ConsentRepository consents, RequestRepository requests, RequestWorkflow workflow,
                       FormDescription forms, ConsentNotices notices, ConsentSigners signers) {
        this.texts = texts;
        this.consents = consents;
        this.requests = requests;
        this.workflow = workflow;
        this.forms = forms;
        this.notices = notices;
        this.signers = signers;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(CONTACT).handsOverTo(MENU))
                .state(CONTACT,
                        Handler.contact((t, c) -> whileOpen(t, consent -> onContact(t, t.state().consent, consent, c)))
                                .to(DECIDE).handsOverTo(MENU),
                        Handler.otherwise(t -> whileOpen(t, consent -> notAContact(t, consent))).handsOverTo(MENU))
                .state(DECIDE,
                        Handler.button(ButtonData.ConsentDecide.class,
                                (t, b) -> whileOpen(t, consent -> onDecision(t, t.state().consent, b)))
                                .to(COMMENT).handsOverTo(MENU),
                        Handler.otherwise(t -> whileOpen(t, consent -> pickFromButtons(t))).handsOverTo(MENU))
                .state(COMMENT,
                        Handler.text((t, typed) -> whileOpen(t, consent -> typed.text().isBlank() ? promptAgain(t)
                                : onComment(t, t.state().consent, consent, typed.text().strip()))).handsOverTo(MENU),
                        Handler.button(ButtonData.NoComment.class,
                                (t, b) -> whileOpen(t, consent -> onComment(t, t.state().consent, consent, null)))
                                .handsOverTo(MENU),
                        Handler.otherwise(t -> whileOpen(t, consent -> promptAgain(t))).handsOverTo(MENU))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StateTable table() {
        return table;
    }

    /** argument: the link's token, after its prefix. */
    @Override
    public Next start(Turn turn, Object argument) {
        String token = (String) argument;
        Optional<Consent> consent = openConsent(turn, token);
        if (consent.isEmpty()) {
            return Next.menu();
        }
        ConsentState state = new ConsentState();
        state.token = token;
        turn.state().consent = state;
        askContact(turn, consent.get());
        return Next.to(CONTACT);
    }

    /** Every input is answered only while the link can still be answered; otherwise says why not. */
    private Next whileOpen(Turn turn, Function<Consent, Next> answer) {
        Optional<Consent> open = openConsent(turn, turn.state().consent.token);
        return open.isEmpty() ? Next.menu() : answer.apply(open.get());
    }

    private Next notAContact(Turn turn, Consent consent) {
        turn.say(texts.get(Incoming.unusable(turn.incoming().content()) ? Text.UNSUPPORTED_CONTENT
                : Text.FORM_PICK_FROM_BUTTONS));
        askContact(turn, consent);
        return Next.stay();
    }

    private Next pickFromButtons(Turn turn) {
        turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        return Next.stay();
    }

    private Next promptAgain(Turn turn) {
        turn.say(texts.get(Text.CONSENT_COMMENT_PROMPT));
        return Next.stay();
    }

    private Next onContact(Turn turn, ConsentState state, Consent consent, Incoming.ContactShared contact) {
        boolean own = contact.contactUserId() != null && contact.contactUserId() == turn.incoming().userId();
        ParseResult<String> mobile = MobileNumber.parse(contact.phoneNumber());
        if (!own || !mobile.isValid() || !mobile.value().equals(consent.getSignerMobile())) {
            turn.say(texts.get(Text.CONSENT_WRONG_CONTACT));
            askContact(turn, consent);
            return Next.stay();
        }
        Request request = requests.findById(consent.getRequestId()).orElseThrow();
        Candidate candidate = candidate(turn, mobile.value());
        Optional<Text> refusal = candidate.refusal() != null ? Optional.of(candidate.refusal())
                : conflictOfRoles(request, consent, candidate.personId(), mobile.value());
        if (refusal.isPresent()) {
            // Refused before anything is written: no person, no chat link, no signature.
            turn.say(texts.get(refusal.get()));
            return Next.menu();
        }
        state.signerPersonId = signer(turn, candidate.person(), mobile.value()).getId();
        String summary = forms.describe(request.getType(), request.getAnswers(),
                List.copyOf(RequestFiling.SIGNER_FIELDS.values()));
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.CONSENT_SUMMARY, TrackingCode.inText(request.getTrackingCode()), summary),
                Reply.Keyboard.inline(List.of(List.of(
                        Reply.Button.callback(texts.get(Text.CONSENT_SIGN), stamp, new ButtonData.ConsentDecide(true)),
                        Reply.Button.callback(texts.get(Text.CONSENT_REFUSE), stamp,
                                new ButtonData.ConsentDecide(false)))))));
        return Next.to(DECIDE);
    }

    private Next onDecision(Turn turn, ConsentState state, ButtonData.ConsentDecide decision) {
        state.sign = decision.sign();
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.CONSENT_COMMENT_PROMPT), Reply.Keyboard.inline(List.of(List.of(
                Reply.Button.callback(texts.get(Text.CONSENT_NO_COMMENT), stamp, new ButtonData.NoComment()))))));
        return Next.to(COMMENT);
    }

    /** comment: stripped and not blank, or null for none. */
    private Next onComment(Turn turn, ConsentState state, Consent consent, String comment) {
        // The column counts characters as the database does: code points, not UTF-16 units.
        int length = comment == null ? 0 : comment.codePointCount(0, comment.length());
        if (length > Consent.COMMENT_MAX_LENGTH) {
            turn.say(texts.get(Text.CONSENT_COMMENT_TOO_LONG, Consent.COMMENT_MAX_LENGTH, length));
            return Next.stay();
        }
        Request request = requests.findById(consent.getRequestId()).orElseThrow();
        // Checked again as the signature is written: the other consent may have been signed meanwhile.
        Optional<Text> refusal = conflictOfRoles(request, consent, state.signerPersonId, consent.getSignerMobile());
        if (refusal.isPresent()) {
            turn.say(texts.get(refusal.get()));
            return Next.menu();
        }
        boolean sign = Boolean.TRUE.equals(state.sign);
        // The applicant hears of this answer first, then of what it causes (all signed: on to review).
        notices.consentAnswered(request, consent, sign, comment);
        workflow.recordConsent(request, consent, sign, state.signerPersonId, comment);
        turn.say(texts.get(sign ? Text.CONSENT_SIGNED_THANKS : Text.CONSENT_REFUSED_THANKS));
        return Next.menu();
    }

    private void askContact(Turn turn, Consent consent) {
        Request request = requests.findById(consent.getRequestId()).orElseThrow();
        turn.say(new Reply(texts.get(Text.CONSENT_INTRO, texts.get(RequestFiling.roleName(consent.getRole())),
                texts.get(RequestTexts.typeName(request.getType()))),
                Reply.Keyboard.reply(List.of(List.of(Reply.Button.shareContact(texts.get(Text.FORM_SHARE_CONTACT)))))));
    }

    /** The consent behind a token, while it can still be answered; otherwise says why not. */
    private Optional<Consent> openConsent(Turn turn, String token) {
        Optional<Consent> consent = consents.findByToken(token);
        if (consent.isEmpty()) {
            turn.say(texts.get(Text.CONSENT_UNKNOWN_LINK));
            return Optional.empty();
        }
        if (consent.get().getStatus() != ConsentStatus.PENDING) {
            turn.say(texts.get(Text.CONSENT_ALREADY_ANSWERED));
            return Optional.empty();
        }
        boolean waiting = requests.findById(consent.get().getRequestId())
                .map(r -> r.getStatus() == RequestStatus.AWAITING_CONSENTS).orElse(false);
        if (!waiting) {
            turn.say(texts.get(Text.CONSENT_UNKNOWN_LINK));
            return Optional.empty();
        }
        return consent;
    }

    /**
     * Who would sign, before anything is written: this chat's person; else the person registered with
     * the number the messenger just vouched for, when this chat may become theirs
     * ({@link ConsentSigners#candidate});
     * else nobody yet (person null: one is made with the number). A refusal says why not.
     */
    private record Candidate(Person person, Text refusal) {

        Long personId() {
            return person == null ? null : person.getId();
        }
    }

    private Candidate candidate(Turn turn, String mobile) {
        SignerCandidate found = signers.candidate(turn.personId(), turn.incoming().channel(),
                turn.incoming().chatId(), mobile);
        return found instanceof SignerCandidate.Found known ? new Candidate(known.person(), null)
                : new Candidate(null, Text.CONSENT_OTHER_CHAT);
    }

    /**
     * The imam, the head of trustees and the applicant are three people: a signer who is the
     * applicant (by person or by number), or who signed the request's other consent, is refused.
     */
    private Optional<Text> conflictOfRoles(Request request, Consent consent, Long signerPersonId, String mobile) {
        return signers.signingRefusal(request, consent, signerPersonId, mobile)
                .map(refusal -> refusal.reason() == SignerRefusal.Reason.SIGNER_IS_APPLICANT
                        ? Text.CONSENT_SIGNER_IS_APPLICANT : Text.CONSENT_SIGNED_OTHER_ROLE);
    }

    /** The signer as a person, linked to this chat: the one found, or one made with the verified number. */
    private Person signer(Turn turn, Person found, String mobile) {
        Person person = signers.signer(turn.personId(), found, turn.incoming().channel(), turn.incoming().chatId(),
                mobile);
        turn.session().setPersonId(person.getId());
        return person;
    }
}
