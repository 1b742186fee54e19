package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.Callback;
import ir.kanoonyar.bot.conversation.ConversationState;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.forms.FormRunner;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.TrackingCode;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestWorkflow;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * "My requests": each request with its tracking code, current step, due time and the last staff
 * comment; a returned request can be fixed and sent again, a pending one withdrawn.
 */
@Component
public class MyRequestsFlow {

    private static final int SHOWN = 10;

    private final Texts texts;
    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final FormRunner forms;
    private final MainMenu menu;

    public MyRequestsFlow(Texts texts, RequestRepository requests, RequestWorkflow workflow, @Lazy FormRunner forms,
                          @Lazy MainMenu menu) {
        this.texts = texts;
        this.requests = requests;
        this.workflow = workflow;
        this.forms = forms;
        this.menu = menu;
    }

    public void show(Turn turn) {
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
                        Callback.data(stamp, "fix:" + request.getId()))));
            }
            if (request.getStatus().isWithdrawable() && request.getStatus() != RequestStatus.DRAFT) {
                rows.add(List.of(Reply.Button.callback(texts.get(Text.MY_REQUEST_WITHDRAW, code),
                        Callback.data(stamp, "withdraw:" + request.getId()))));
            }
        }
        turn.say(new Reply(text.toString(), rows.isEmpty() ? Reply.Keyboard.NONE : Reply.Keyboard.inline(rows)));
    }

    /** Buttons of the list; false when the action is not ours. */
    boolean onButton(Turn turn, String action) {
        if (action.startsWith("fix:")) {
            mine(turn, action.substring("fix:".length())).ifPresentOrElse(r -> fix(turn, r),
                    () -> turn.say(texts.get(Text.OLD_BUTTON)));
            return true;
        }
        if (action.startsWith("withdraw:")) {
            mine(turn, action.substring("withdraw:".length())).filter(r -> r.getStatus().isWithdrawable())
                    .ifPresentOrElse(r -> askWithdraw(turn, r), () -> turn.say(texts.get(Text.OLD_BUTTON)));
            return true;
        }
        return false;
    }

    public void onWithdrawInput(Turn turn) {
        ConversationState state = turn.state();
        Long id = state.requestId;
        state.reset();
        if (turn.incoming().content() instanceof Incoming.ButtonPressed pressed
                && Callback.action(pressed.data()).equals("withdraw-yes")) {
            Optional<Request> request = mine(turn, String.valueOf(id)).filter(r -> r.getStatus().isWithdrawable());
            if (request.isPresent()) {
                workflow.withdraw(request.get(), Actor.person(turn.personId(), ActorRole.APPLICANT), null);
                turn.say(texts.get(Text.WITHDRAWN, TrackingCode.inText(request.get().getTrackingCode())));
            } else {
                turn.say(texts.get(Text.OLD_BUTTON));
            }
        } else {
            turn.say(texts.get(Text.CANCELLED));
        }
        menu.show(turn);
    }

    private void askWithdraw(Turn turn, Request request) {
        turn.state().flow = ConversationState.Flow.WITHDRAW;
        turn.state().requestId = request.getId();
        int stamp = turn.nextStamp();
        turn.say(new Reply(texts.get(Text.WITHDRAW_CONFIRM, TrackingCode.inText(request.getTrackingCode())),
                Reply.Keyboard.inline(List.of(List.of(
                        Reply.Button.callback(texts.get(Text.WITHDRAW_YES), Callback.data(stamp, "withdraw-yes")),
                        Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), Callback.data(stamp, "withdraw-no")))))));
    }

    private void fix(Turn turn, Request request) {
        if (request.getStatus() != RequestStatus.RETURNED) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return;
        }
        turn.say(texts.get(Text.FIX_INTRO, TrackingCode.inText(request.getTrackingCode()),
                request.getLastStaffComment() == null ? "" : request.getLastStaffComment()));
        Map<String, String> answers = new LinkedHashMap<>(request.getAnswers());
        forms.startFix(turn, request.getType(), request.getId(), fieldsToAsk(request), answers);
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

    private Optional<Request> mine(Turn turn, String id) {
        try {
            return requests.findById(Long.valueOf(id))
                    .filter(r -> r.getApplicantPersonId().equals(turn.personId()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
