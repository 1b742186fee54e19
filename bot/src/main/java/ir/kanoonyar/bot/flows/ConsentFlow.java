package ir.kanoonyar.bot.flows;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.Callback;
import ir.kanoonyar.bot.conversation.ConversationState;
import ir.kanoonyar.bot.conversation.ConversationState.ConsentState;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
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
import org.springframework.context.annotation.Lazy;
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
public class ConsentFlow {

    public static final String LINK_PREFIX = ir.kanoonyar.db.person.StartLink.CONSENT_PREFIX;

    private final Texts texts;
    private final ConsentRepository consents;
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final FormRunner forms;
    private final MainMenu menu;
    private final ConsentNotices notices;
    private final ConsentSigners signers;

    public ConsentFlow(Texts texts, ConsentRepository consents, RequestRepository requests, RequestWorkflow workflow,
                       @Lazy FormRunner forms, @Lazy MainMenu menu, ConsentNotices notices,
                       ConsentSigners signers) {
        this.texts = texts;
        this.consents = consents;
        this.requests = requests;
        this.workflow = workflow;
        this.forms = forms;
        this.menu = menu;
        this.notices = notices;
        this.signers = signers;
    }

    public void start(Turn turn, String token) {
        Optional<Consent> consent = openConsent(turn, token);
        if (consent.isEmpty()) {
            menu.show(turn);
            return;
        }
        ConsentState state = new ConsentState();
        state.token = token;
        state.step = ConsentState.Step.CONTACT;
        turn.state().flow = ConversationState.Flow.CONSENT;
        turn.state().consent = state;
        askContact(turn, consent.get());
    }

    public void onInput(Turn turn) {
        ConsentState state = turn.state().consent;
        Optional<Consent> open = openConsent(turn, state.token);
        if (open.isEmpty()) {
            turn.state().reset();
            menu.show(turn);
            return;
        }
        Consent consent = open.get();
        Incoming.Content content = turn.incoming().content();
        switch (state.step) {
            case CONTACT -> onContact(turn, state, consent, content);
            case DECIDE -> onDecision(turn, state, content);
            case COMMENT -> onComment(turn, state, consent, content);
        }
    }

    private void onContact(Turn turn, ConsentState state, Consent consent, Incoming.Content content) {
        if (!(content instanceof Incoming.ContactShared contact)) {
            turn.say(texts.get(content instanceof Incoming.Unsupported ? Text.UNSUPPORTED_CONTENT
                    : Text.FORM_PICK_FROM_BUTTONS));
            askContact(turn, consent);
            return;
        }
        boolean own = contact.contactUserId() != null && contact.contactUserId() == turn.incoming().userId();
        ParseResult<String> mobile = MobileNumber.parse(contact.phoneNumber());
        if (!own || !mobile.isValid() || !mobile.value().equals(consent.getSignerMobile())) {
            turn.say(texts.get(Text.CONSENT_WRONG_CONTACT));
            askContact(turn, consent);
            return;
        }
        Request request = requests.findById(consent.getRequestId()).orElseThrow();
        Candidate candidate = candidate(turn, mobile.value());
        Optional<Text> refusal = candidate.refusal() != null ? Optional.of(candidate.refusal())
                : conflictOfRoles(request, consent, candidate.personId(), mobile.value());
        if (refusal.isPresent()) {
            // Refused before anything is written: no person, no chat link, no signature.
            turn.state().reset();
            turn.say(texts.get(refusal.get()));
            menu.show(turn);
            return;
        }
        state.signerPersonId = signer(turn, candidate.person(), mobile.value()).getId();
        state.step = ConsentState.Step.DECIDE;
        String summary = forms.describe(request.getType(), request.getAnswers(),
                List.copyOf(RequestFiling.SIGNER_FIELDS.values()));
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.CONSENT_SUMMARY, TrackingCode.inText(request.getTrackingCode()), summary),
                Reply.Keyboard.inline(List.of(List.of(
                        Reply.Button.callback(texts.get(Text.CONSENT_SIGN), Callback.data(stamp, "sign")),
                        Reply.Button.callback(texts.get(Text.CONSENT_REFUSE), Callback.data(stamp, "refuse")))))));
    }

    private void onDecision(Turn turn, ConsentState state, Incoming.Content content) {
        String action = content instanceof Incoming.ButtonPressed pressed ? Callback.action(pressed.data()) : "";
        if (!action.equals("sign") && !action.equals("refuse")) {
            turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
            return;
        }
        state.sign = action.equals("sign");
        state.step = ConsentState.Step.COMMENT;
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.CONSENT_COMMENT_PROMPT), Reply.Keyboard.inline(List.of(List.of(
                Reply.Button.callback(texts.get(Text.CONSENT_NO_COMMENT), Callback.data(stamp, "no-comment")))))));
    }

    private void onComment(Turn turn, ConsentState state, Consent consent, Incoming.Content content) {
        String comment;
        if (content instanceof Incoming.Text typed && !typed.text().isBlank()) {
            comment = typed.text().strip();
        } else if (content instanceof Incoming.ButtonPressed pressed
                && Callback.action(pressed.data()).equals("no-comment")) {
            comment = null;
        } else {
            turn.say(texts.get(Text.CONSENT_COMMENT_PROMPT));
            return;
        }
        // The column counts characters as the database does: code points, not UTF-16 units.
        int length = comment == null ? 0 : comment.codePointCount(0, comment.length());
        if (length > Consent.COMMENT_MAX_LENGTH) {
            turn.say(texts.get(Text.CONSENT_COMMENT_TOO_LONG, Consent.COMMENT_MAX_LENGTH, length));
            return;
        }
        Request request = requests.findById(consent.getRequestId()).orElseThrow();
        // Checked again as the signature is written: the other consent may have been signed meanwhile.
        Optional<Text> refusal = conflictOfRoles(request, consent, state.signerPersonId, consent.getSignerMobile());
        if (refusal.isPresent()) {
            turn.state().reset();
            turn.say(texts.get(refusal.get()));
            menu.show(turn);
            return;
        }
        boolean sign = Boolean.TRUE.equals(state.sign);
        workflow.recordConsent(request, consent, sign, state.signerPersonId, comment);
        notices.consentAnswered(request, consent, sign, comment);
        turn.state().reset();
        turn.say(texts.get(sign ? Text.CONSENT_SIGNED_THANKS : Text.CONSENT_REFUSED_THANKS));
        menu.show(turn);
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
