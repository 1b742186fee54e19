package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ConversationState.FormState;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormCompletion;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.filing.ConsentSigners;
import ir.kanoonyar.db.filing.FilingChoices;
import ir.kanoonyar.db.filing.FilingOutcome;
import ir.kanoonyar.db.filing.FilingRefusal;
import ir.kanoonyar.db.filing.RequestSubmission;
import ir.kanoonyar.db.filing.SignerRefusal;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.guideline.CheckItem;
import ir.kanoonyar.db.guideline.Checklist;
import ir.kanoonyar.db.guideline.Outcome;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.registration.ApplicantChat;
import ir.kanoonyar.db.registration.ManagerRegistration;
import ir.kanoonyar.db.registration.RegistrationChecklist;
import ir.kanoonyar.db.registration.RegistrationOutcome;
import ir.kanoonyar.db.registration.RegistrationRefusal;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.ticket.ServiceRequestTickets;
import org.springframework.stereotype.Component;

/**
 * What a confirmed form becomes: a manager registration, a new request with its consents, or a
 * returned request fixed and sent again. Also adds the eligibility checklist to the registration's
 * summary, so people see it before they submit. The rules are the db services' ({@link ManagerRegistration},
 * {@link RequestSubmission}, {@link ConsentSigners}); this class reads the form's answers, calls them and
 * turns their outcomes into replies.
 */
@Component
public class RequestFiling implements FormCompletion {

    /** Form fields that carry a signer's number, by the consent they feed. */
    static final Map<ConsentRole, String> SIGNER_FIELDS = ConsentSigners.FIELDS;

    private final Texts texts;
    private final ManagerRegistration registration;
    private final RegistrationChecklist checklists;
    private final RequestSubmission submission;
    private final ConsentSigners signers;
    private final FilingChoices choices;
    private final ConsentLinks links;
    private final FormMessages formMessages;
    private final ServiceRequestTickets serviceTickets;

    public RequestFiling(Texts texts, ManagerRegistration registration,
                         RegistrationChecklist checklists, RequestSubmission submission, ConsentSigners signers,
                         FilingChoices choices, ConsentLinks links, FormMessages formMessages,
                         ServiceRequestTickets serviceTickets) {
        this.texts = texts;
        this.registration = registration;
        this.checklists = checklists;
        this.submission = submission;
        this.signers = signers;
        this.choices = choices;
        this.links = links;
        this.formMessages = formMessages;
        this.serviceTickets = serviceTickets;
    }

    @Override
    public List<String> summaryNotes(Turn turn, FormState form) {
        if (form.type != RequestType.MANAGER_REGISTRATION) {
            return List.of();
        }
        Optional<Checklist> checklist = checklists.of(turn.personId(), form.answers);
        if (checklist.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder(texts.get(Text.ELIGIBILITY_TITLE));
        for (CheckItem item : checklist.get()) {
            text.append('\n').append(symbol(item.outcome())).append(' ').append(item.reason());
        }
        List<String> notes = new ArrayList<>(List.of(text.toString()));
        if (!checklist.get().passed()) {
            notes.add(texts.get(Text.ELIGIBILITY_FAILED));
        }
        return notes;
    }

    /**
     * The imam, the head of trustees and the applicant are three people: a signer's number may be
     * neither the applicant's own nor the one given for the other signer. Signing checks it again,
     * by person as well.
     */
    @Override
    public String refusal(Turn turn, FormState form, String fieldKey, String value) {
        return signers.numberRefusal(turn.personId(), fieldKey, value, form.answers).map(this::signerRefusal)
                .orElse(null);
    }

    @Override
    public Next confirmed(Turn turn, FormState form) {
        if (form.requestId != null) {
            return resubmit(turn, form);
        } else if (form.type == RequestType.MANAGER_REGISTRATION) {
            return register(turn, form);
        } else {
            return file(turn, form);
        }
    }

    @Override
    public Map<Long, String> kanoonsOf(Turn turn) {
        return choices.kanoonsOf(turn.personId());
    }

    @Override
    public Map<Long, String> mosquesMatching(Turn turn, FormState form, String typed) {
        return choices.mosquesMatching(turn.personId(), form.answers, typed);
    }

    private Next register(Turn turn, FormState form) {
        RegistrationOutcome outcome = registration.register(turn.personId(),
                new ApplicantChat(turn.incoming().channel(), turn.incoming().chatId()), form.answers);
        if (outcome instanceof RegistrationOutcome.Refused refused) {
            turn.say(refused.reason() == RegistrationRefusal.NATIONAL_CODE_TAKEN ? texts.get(Text.NATIONAL_CODE_TAKEN)
                    : answerRefused(refused.fieldKey()));
            turn.state().form.atSummary = true;
            return Next.to(FormRunner.SUMMARY);
        }
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        turn.session().setPersonId(registered.person().getId());
        turn.state().reset();
        turn.say(new Reply(texts.get(Text.REGISTRATION_SUBMITTED,
                TrackingCode.inText(registered.request().getTrackingCode())), Reply.Keyboard.REMOVE));
        return Next.menu();
    }

    private Next file(Turn turn, FormState form) {
        FilingOutcome outcome = submission.file(turn.personId(), form.type, form.answers);
        Next refusedTo = refused(turn, outcome);
        if (refusedTo != null) {
            return refusedTo;
        }
        Request request = ((FilingOutcome.Filed) outcome).request();
        turn.state().reset();
        String filed = texts.get(Text.REQUEST_SUBMITTED, texts.get(RequestTexts.typeName(form.type)),
                TrackingCode.inText(request.getTrackingCode()), texts.get(RequestTexts.statusName(request.getStatus())));
        String said = form.type != RequestType.SERVICE_REQUEST ? filed : serviceTickets.ofRequest(request.getId())
                .map(ticket -> filed + "\n\n" + texts.get(Text.SERVICE_REQUEST_TICKET, ticket.getId()))
                .orElse(filed);
        turn.say(new Reply(said, Reply.Keyboard.REMOVE));
        sayConsentLinks(turn, (FilingOutcome.Filed) outcome);
        return Next.menu();
    }

    private Next resubmit(Turn turn, FormState form) {
        FilingOutcome outcome = submission.resubmit(turn.personId(), form.requestId, form.fields, form.answers);
        Next refusedTo = refused(turn, outcome);
        if (refusedTo != null) {
            return refusedTo;
        }
        Request request = ((FilingOutcome.Filed) outcome).request();
        turn.state().reset();
        turn.say(new Reply(texts.get(Text.RESUBMITTED, TrackingCode.inText(request.getTrackingCode()),
                texts.get(RequestTexts.statusName(request.getStatus()))), Reply.Keyboard.REMOVE));
        sayConsentLinks(turn, (FilingOutcome.Filed) outcome);
        return Next.menu();
    }

    /**
     * Says why a request was not filed, if it was not: an answer to fix leaves the person at the
     * summary; otherwise (not registered, a request no longer returned) back to the menu. Returns
     * where the conversation goes after a refusal, or null when the request was filed.
     */
    private Next refused(Turn turn, FilingOutcome outcome) {
        if (outcome instanceof FilingOutcome.SignerRefused signer) {
            turn.say(signerRefusal(signer.refusal()));
            turn.state().form.atSummary = true;
            return Next.to(FormRunner.SUMMARY);
        }
        if (!(outcome instanceof FilingOutcome.Refused refused)) {
            return null;
        }
        return switch (refused.reason()) {
            case NOT_REGISTERED, NOT_RETURNED -> {
                turn.state().reset();
                turn.say(texts.get(refused.reason() == FilingRefusal.NOT_REGISTERED
                        ? Text.REGISTER_FIRST : Text.OLD_BUTTON));
                yield Next.menu();
            }
            case REGION_UNKNOWN, KANOON_NOT_YOURS -> {
                turn.say(answerRefused(refused.fieldKey()));
                turn.state().form.atSummary = true;
                yield Next.to(FormRunner.SUMMARY);
            }
        };
    }

    private void sayConsentLinks(Turn turn, FilingOutcome.Filed filed) {
        if (filed.request().getStatus() == RequestStatus.AWAITING_CONSENTS) {
            turn.say(consentLinks(turn, filed.consents()));
        }
    }

    /** An answer that passed the form but not the rules beside the rest (or no longer does). */
    private String answerRefused(String fieldKey) {
        return texts.get(Text.ANSWER_REFUSED_AT_SUMMARY, formMessages.label(fieldKey));
    }

    private String signerRefusal(SignerRefusal refusal) {
        return refusal.reason() == SignerRefusal.Reason.SAME_AS_OTHER_ROLE
                ? texts.get(Text.SIGNER_SAME_AS_OTHER_ROLE, texts.get(roleName(refusal.role())),
                        texts.get(roleName(refusal.otherRole())))
                : texts.get(Text.SIGNER_IS_APPLICANT, texts.get(roleName(refusal.role())));
    }

    private String consentLinks(Turn turn, List<Consent> asked) {
        StringBuilder text = new StringBuilder(texts.get(Text.CONSENT_LINKS));
        for (Consent consent : asked) {
            text.append("\n\n").append(texts.get(roleName(consent.getRole()))).append(": ")
                    .append(PersianText.toPersianDigits(consent.getSignerMobile())).append('\n')
                    .append(links.linkFor(turn.incoming().channel(), consent.getToken()));
        }
        return text.toString();
    }

    static Text roleName(ConsentRole role) {
        return role == ConsentRole.IMAM ? Text.CONSENT_ROLE_IMAM : Text.CONSENT_ROLE_TRUSTEES_HEAD;
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "✅";
            case WARN -> "⚠️";
            case FAIL -> "❌";
        };
    }
}
