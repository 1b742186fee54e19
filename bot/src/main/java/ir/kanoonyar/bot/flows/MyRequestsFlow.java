package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.bot.forms.FormStart;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.stereotype.Component;

/**
 * "My requests": each request with its tracking code, current step, due time and the last staff
 * comment; a returned request can be fixed and sent again (handed to the form), a pending one
 * withdrawn after a confirmation. The list's buttons are pressed at the main menu, which hands them here.
 */
@Component
public class MyRequestsFlow implements Flow {

    public static final String ID = "MY_REQUESTS";
    /** Asking "withdraw this request?"; rows from before flows had states say flow WITHDRAW. */
    public static final String CONFIRM_WITHDRAW = "CONFIRM_WITHDRAW";

    private static final int SHOWN = 10;

    private final Texts texts;
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final StateTable table;

    public MyRequestsFlow(Texts texts, RequestRepository requests, RequestWorkflow workflow) {
        this.texts = texts;
        this.requests = requests;
        this.workflow = workflow;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(CONFIRM_WITHDRAW).handsOverTo(FormRunner.ID))
                .state(CONFIRM_WITHDRAW,
                        Handler.button(ButtonData.WithdrawYes.class, this::withdraw).handsOverTo(MENU),
                        Handler.otherwise(this::keep).handsOverTo(MENU))
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

    /** null: the list; a {@link ButtonData.Fix} or a {@link ButtonData.Withdraw} of the list. */
    @Override
    public Next start(Turn turn, Object argument) {
        if (argument instanceof ButtonData.Fix fix) {
            Optional<Request> request = mine(turn, fix.requestId());
            if (request.isEmpty()) {
                turn.say(texts.get(Text.OLD_BUTTON));
                return Next.idle();
            }
            return fix(turn, request.get());
        }
        if (argument instanceof ButtonData.Withdraw withdraw) {
            Optional<Request> request = mine(turn, withdraw.requestId()).filter(r -> r.getStatus().isWithdrawable());
            if (request.isEmpty()) {
                turn.say(texts.get(Text.OLD_BUTTON));
                return Next.idle();
            }
            return askWithdraw(turn, request.get());
        }
        show(turn);
        return Next.idle();
    }

    private void show(Turn turn) {
        List<Request> mine = turn.personId() == null ? List.of()
                : requests.findByApplicantPersonIdOrderByCreatedAtDesc(turn.personId());
        if (mine.isEmpty()) {
            turn.say(texts.get(Text.MY_REQUESTS_EMPTY));
            return;
        }
        int stamp = turn.nextStamp();
        StringBuilder text = new StringBuilder(texts.get(Text.MY_REQUESTS_TITLE));
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (Request request : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            String code = TrackingCode.inText(request.getTrackingCode());
            text.append("\n\n").append(texts.get(Text.MY_REQUEST_LINE, texts.get(RequestTexts.typeName(request.getType())),
                    code, texts.get(RequestTexts.statusName(request.getStatus()))));
            if (request.getDueAt() != null && !request.getStatus().isFinal()) {
                text.append('\n').append(texts.get(Text.MY_REQUEST_DUE,
                        JalaliDate.of(request.getDueAt(), JalaliDate.TEHRAN).formatLong()));
            }
            if (request.getLastStaffComment() != null) {
                text.append('\n').append(texts.get(Text.MY_REQUEST_COMMENT, request.getLastStaffComment()));
            }
            if (request.getStatus() == RequestStatus.RETURNED) {
                rows.add(List.of(Reply.Button.callback(texts.get(Text.MY_REQUEST_FIX, code),
                        stamp, new ButtonData.Fix(request.getId()))));
            }
            if (request.getStatus().isWithdrawable() && request.getStatus() != RequestStatus.DRAFT) {
                rows.add(List.of(Reply.Button.callback(texts.get(Text.MY_REQUEST_WITHDRAW, code),
                        stamp, new ButtonData.Withdraw(request.getId()))));
            }
        }
        turn.say(new Reply(text.toString(), rows.isEmpty() ? Reply.Keyboard.NONE : Reply.Keyboard.inline(rows)));
    }

    private Next withdraw(Turn turn, ButtonData.WithdrawYes yes) {
        Long id = turn.state().requestId;
        Optional<Request> request = (id == null ? Optional.<Request>empty() : mine(turn, id))
                .filter(r -> r.getStatus().isWithdrawable());
        if (request.isPresent()) {
            workflow.withdraw(request.get(), Actor.person(turn.personId(), ActorRole.APPLICANT), null);
            turn.say(texts.get(Text.WITHDRAWN, TrackingCode.inText(request.get().getTrackingCode())));
        } else {
            turn.say(texts.get(Text.OLD_BUTTON));
        }
        return Next.menu();
    }

    /** «انصراف», or anything but the yes button: the request stays. */
    private Next keep(Turn turn) {
        turn.say(texts.get(Text.CANCELLED));
        return Next.menu();
    }

    private Next askWithdraw(Turn turn, Request request) {
        turn.state().requestId = request.getId();
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.WITHDRAW_CONFIRM, TrackingCode.inText(request.getTrackingCode())),
                Reply.Keyboard.inline(List.of(List.of(
                        Reply.Button.callback(texts.get(Text.WITHDRAW_YES), stamp, new ButtonData.WithdrawYes()),
                        Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), stamp, new ButtonData.WithdrawNo()))))));
        return Next.to(CONFIRM_WITHDRAW);
    }

    private Next fix(Turn turn, Request request) {
        if (request.getStatus() != RequestStatus.RETURNED) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.idle();
        }
        turn.say(texts.get(Text.FIX_INTRO, TrackingCode.inText(request.getTrackingCode()),
                request.getLastStaffComment() == null ? "" : request.getLastStaffComment()));
        Map<String, String> answers = new LinkedHashMap<>(request.getAnswers());
        return Next.handover(FormRunner.ID, FormStart.fix(request.getType(), request.getId(), fieldsToAsk(request),
                answers));
    }

    /** Staff name form fields; a refused consent names "consent.IMAM", which is asked as the signer's number. */
    static List<String> fieldsToAsk(Request request) {
        List<String> fields = new ArrayList<>();
        for (String named : request.getFieldsToFix()) {
            String field = named;
            if (named.startsWith("consent.")) {
                field = RequestFiling.SIGNER_FIELDS.get(
                        ir.kanoonyar.db.request.ConsentRole.valueOf(named.substring("consent.".length())));
            }
            if (field != null && !fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private Optional<Request> mine(Turn turn, long id) {
        return requests.findById(id).filter(r -> r.getApplicantPersonId().equals(turn.personId()));
    }
}
