package ir.kanoonyar.bot.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ir.kanoonyar.bot.conversation.Callback;
import ir.kanoonyar.bot.conversation.ConversationState;
import ir.kanoonyar.bot.conversation.ConversationState.FormState;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.conversation.Turn;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.form.Choice;
import ir.kanoonyar.db.form.FieldDefinition;
import ir.kanoonyar.db.form.FieldResult;
import ir.kanoonyar.db.form.FieldType;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.form.RawAnswer;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs a form definition as a conversation: one field at a time, each answer validated with a
 * Persian reason and asked again when wrong; /back to the previous field; a summary where any
 * answer can be changed; a confirm step. All of it lives in the session state, so a restart
 * resumes at the same field.
 */
@Component
public class FormRunner {

    private final Forms forms;
    private final FieldValidator validator;
    private final FormMessages messages;
    private final Texts texts;
    private final FormCompletion completion;
    private final FileIntake files;

    public FormRunner(Forms forms, FieldValidator validator, FormMessages messages, Texts texts,
                      @Lazy FormCompletion completion, FileIntake files) {
        this.files = files;
        this.forms = forms;
        this.validator = validator;
        this.messages = messages;
        this.texts = texts;
        this.completion = completion;
    }

    public void start(Turn turn, RequestType type) {
        FormDefinition form = forms.of(type);
        if (needsKanoon(form) && completion.kanoonsOf(turn).isEmpty()) {
            turn.say(texts.get(Text.NO_KANOON));
            completion.cancelled(turn);
            return;
        }
        FormState state = new FormState();
        state.type = type;
        state.fields = new ArrayList<>(form.keys());
        begin(turn, state);
    }

    /** Asks again only the given fields of a returned request, the other answers kept. */
    public void startFix(Turn turn, RequestType type, Long requestId, List<String> fields, Map<String, String> answers) {
        FormState state = new FormState();
        state.type = type;
        state.requestId = requestId;
        // Only fields the form has: a reviewer's typo must not break the conversation.
        List<String> known = forms.of(type).keys();
        state.fields = new ArrayList<>(fields.stream().filter(known::contains).toList());
        state.answers.putAll(answers);
        begin(turn, state);
    }

    private void begin(Turn turn, FormState state) {
        ConversationState conversation = turn.state();
        conversation.flow = ConversationState.Flow.FORM;
        conversation.form = state;
        if (state.fields.isEmpty()) {
            showSummary(turn);
        } else {
            ask(turn);
        }
    }

    public void onInput(Turn turn) {
        FormState state = turn.state().form;
        if (state.atSummary) {
            onSummaryInput(turn);
            return;
        }
        FieldDefinition field = definition(state).field(state.currentField());
        Incoming.Content content = turn.incoming().content();
        if (content instanceof Incoming.Unsupported) {
            turn.say(texts.get(Text.UNSUPPORTED_CONTENT));
            askAgain(turn);
            return;
        }
        if (field.type() == FieldType.MULTI_CHOICE && content instanceof Incoming.ButtonPressed pressed
                && Callback.action(pressed.data()).startsWith("tick:")) {
            toggle(state, Callback.action(pressed.data()).substring("tick:".length()));
            askAgain(turn);
            return;
        }
        if (field.type() == FieldType.MOSQUE && content instanceof Incoming.Text typed) {
            offerMosques(turn, state, typed.text());
            return;
        }
        RawAnswer answer = toRawAnswer(turn, field, content);
        if (answer == null) {
            turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
            askAgain(turn);
            return;
        }
        // Kanoons and mosques are offered per person: the validator checks a pick against the ids we showed.
        FieldResult result = field.type() == FieldType.KANOON || field.type() == FieldType.MOSQUE
                ? validator.validate(field, answer, state.answers, List.copyOf(state.offered))
                : validator.validate(field, answer, state.answers);
        if (!result.valid()) {
            turn.say(messages.reason(result));
            askAgain(turn);
            return;
        }
        String value = result.value();
        String refusal = value == null ? null : completion.refusal(turn, state, field.key(), value);
        if (refusal != null) {
            turn.say(refusal);
            askAgain(turn);
            return;
        }
        if (answer instanceof RawAnswer.File file && !(answer instanceof RawAnswer.Skip)) {
            FileIntake.Outcome taken = files.take(turn.incoming().channel(), field.key(), file.fileId(),
                    file.fileName(), field.type() == FieldType.PHOTO);
            if (taken.refusal() != null) {
                turn.say(texts.get(taken.refusal()));
                askAgain(turn);
                return;
            }
            value = String.valueOf(taken.attachmentId());
        }
        if (answer instanceof RawAnswer.Skip || value == null) {
            state.answers.remove(field.key());
        } else {
            state.answers.put(field.key(), value);
        }
        state.ticked.clear();
        state.offeredNames.clear();
        advance(turn, state);
    }

    public void back(Turn turn) {
        FormState state = turn.state().form;
        if (state.atSummary) {
            state.atSummary = false;
            state.index = Math.max(0, state.fields.size() - 1);
        } else if (state.editing != null) {
            state.editing = null;
            showSummary(turn);
            return;
        } else if (state.index > 0) {
            state.index--;
        } else {
            turn.say(texts.get(Text.NOTHING_TO_GO_BACK_TO));
        }
        state.ticked.clear();
        ask(turn);
    }

    private void advance(Turn turn, FormState state) {
        if (state.editing != null) {
            state.editing = null;
            showSummary(turn);
            return;
        }
        state.index++;
        if (state.index >= state.fields.size()) {
            showSummary(turn);
        } else {
            ask(turn);
        }
    }

    private void ask(Turn turn) {
        ask(turn, true);
    }

    /** The same question once more: its earlier buttons keep working, the person may press either. */
    private void askAgain(Turn turn) {
        ask(turn, false);
    }

    private void ask(Turn turn, boolean newQuestion) {
        FormState state = turn.state().form;
        FieldDefinition field = definition(state).field(state.currentField());
        StringBuilder text = new StringBuilder();
        if (state.editing == null) {
            text.append(texts.get(Text.FORM_PROGRESS, state.index + 1, state.fields.size())).append('\n');
        }
        text.append(messages.question(field));
        int stamp = newQuestion ? turn.nextStamp() : turn.state().stamp;
        turn.say(new Reply(text.toString(), keyboardFor(stamp, turn, state, field)));
    }

    private Reply.Keyboard keyboardFor(int stamp, Turn turn, FormState state, FieldDefinition field) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        switch (field.type()) {
            case OWN_MOBILE -> {
                return Reply.Keyboard.reply(List.of(List.of(Reply.Button.shareContact(texts.get(Text.FORM_SHARE_CONTACT)))));
            }
            case LOCATION -> {
                List<Reply.Button> row = new ArrayList<>();
                row.add(Reply.Button.shareLocation(texts.get(Text.FORM_SHARE_LOCATION)));
                if (!field.required()) {
                    row.add(Reply.Button.plain(texts.get(Text.FORM_SKIP)));
                }
                return Reply.Keyboard.reply(List.of(row));
            }
            case CHOICE -> field.choices().forEach(choice -> rows.add(List.of(
                    Reply.Button.callback(messages.choiceLabel(choice), Callback.data(stamp, "pick:" + choice.code())))));
            case MULTI_CHOICE -> {
                for (Choice choice : field.choices()) {
                    String mark = state.ticked.contains(choice.code()) ? "✅ " : "";
                    rows.add(List.of(Reply.Button.callback(mark + messages.choiceLabel(choice),
                            Callback.data(stamp, "tick:" + choice.code()))));
                }
                rows.add(List.of(Reply.Button.callback(texts.get(Text.FORM_CHOICE_DONE), Callback.data(stamp, "done"))));
            }
            case YES_NO -> rows.add(List.of(
                    Reply.Button.callback(texts.get(Text.FORM_YES), Callback.data(stamp, "pick:yes")),
                    Reply.Button.callback(texts.get(Text.FORM_NO), Callback.data(stamp, "pick:no"))));
            case MOSQUE -> state.offered.forEach(id -> rows.add(List.of(Reply.Button.callback(
                    state.offeredNames.getOrDefault(id, id), Callback.data(stamp, "pick:" + id)))));
            case KANOON -> {
                state.offered.clear();
                completion.kanoonsOf(turn).forEach((id, name) -> {
                    state.offered.add(String.valueOf(id));
                    rows.add(List.of(Reply.Button.callback(name, Callback.data(stamp, "pick:" + id))));
                });
            }
            default -> {
            }
        }
        if (!field.required() && field.type() != FieldType.LOCATION) {
            rows.add(List.of(Reply.Button.callback(texts.get(Text.FORM_SKIP), Callback.data(stamp, "skip"))));
        }
        return rows.isEmpty() ? Reply.Keyboard.REMOVE : Reply.Keyboard.inline(rows);
    }

    private RawAnswer toRawAnswer(Turn turn, FieldDefinition field, Incoming.Content content) {
        if (content instanceof Incoming.Text typed) {
            if (!field.required() && typed.text().strip().equals(texts.get(Text.FORM_SKIP))) {
                return new RawAnswer.Skip();
            }
            return new RawAnswer.Typed(typed.text());
        }
        if (content instanceof Incoming.ContactShared contact) {
            boolean own = contact.contactUserId() != null && contact.contactUserId() == turn.incoming().userId();
            return new RawAnswer.Contact(contact.phoneNumber(), own);
        }
        if (content instanceof Incoming.LocationShared location) {
            return new RawAnswer.Location(location.latitude(), location.longitude());
        }
        if (content instanceof Incoming.FileShared file) {
            return new RawAnswer.File(file.fileId(), file.fileName(), file.mimeType(), file.sizeBytes(),
                    file.kind() == Incoming.FileKind.PHOTO);
        }
        if (content instanceof Incoming.ButtonPressed pressed) {
            String action = Callback.action(pressed.data());
            if (action.equals("skip")) {
                return new RawAnswer.Skip();
            }
            if (action.equals("done")) {
                return new RawAnswer.Picked(String.join(",", turn.state().form.ticked));
            }
            if (action.startsWith("pick:")) {
                return new RawAnswer.Picked(action.substring("pick:".length()));
            }
        }
        return null;
    }

    /** A typed part of a mosque's name: the matches become buttons, or the person is asked again. */
    private void offerMosques(Turn turn, FormState state, String typed) {
        Map<Long, String> found = typed.isBlank() ? Map.of() : completion.mosquesMatching(turn, state, typed.strip());
        state.offered.clear();
        state.offeredNames.clear();
        found.forEach((id, name) -> {
            state.offered.add(String.valueOf(id));
            state.offeredNames.put(String.valueOf(id), name);
        });
        turn.say(texts.get(found.isEmpty() ? Text.MOSQUE_NOT_FOUND : Text.MOSQUE_PICK));
        askAgain(turn);
    }

    private static void toggle(FormState state, String code) {
        if (!state.ticked.remove(code)) {
            state.ticked.add(code);
        }
    }

    private void showSummary(Turn turn) {
        FormState state = turn.state().form;
        state.atSummary = true;
        StringBuilder text = new StringBuilder(texts.get(Text.SUMMARY_TITLE)).append('\n')
                .append(describe(state.type, state.answers, List.of()));
        for (String note : completion.summaryNotes(turn, state)) {
            text.append("\n\n").append(note);
        }
        text.append("\n\n").append(texts.get(Text.SUMMARY_EDIT_HINT));
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (String key : state.fields) {
            rows.add(List.of(Reply.Button.callback(texts.get(Text.SUMMARY_EDIT, messages.label(key)),
                    Callback.data(stamp, "edit:" + key))));
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.SUMMARY_CONFIRM), Callback.data(stamp, "confirm")),
                Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), Callback.data(stamp, "cancel"))));
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
    }

    /** "label: value" lines of a form's answers, in form order, for summaries and signers. */
    public String describe(RequestType type, Map<String, String> answers, List<String> leaveOut) {
        StringBuilder text = new StringBuilder();
        for (FieldDefinition field : forms.of(type).fields()) {
            String value = answers.get(field.key());
            if (value != null && !leaveOut.contains(field.key())) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(messages.label(field.key())).append(": ").append(messages.display(field, value));
            }
        }
        return text.toString();
    }

    private void onSummaryInput(Turn turn) {
        FormState state = turn.state().form;
        if (turn.incoming().content() instanceof Incoming.ButtonPressed pressed) {
            String action = Callback.action(pressed.data());
            if (action.equals("confirm")) {
                completion.confirmed(turn, state);
                return;
            }
            if (action.equals("cancel")) {
                turn.state().reset();
                turn.say(texts.get(Text.CANCELLED));
                completion.cancelled(turn);
                return;
            }
            if (action.startsWith("edit:") && state.fields.contains(action.substring("edit:".length()))) {
                state.atSummary = false;
                state.editing = action.substring("edit:".length());
                ask(turn);
                return;
            }
        }
        turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        showSummary(turn);
    }

    private FormDefinition definition(FormState state) {
        return forms.of(Objects.requireNonNull(state.type, "form type"));
    }

    private static boolean needsKanoon(FormDefinition form) {
        return form.fields().stream().anyMatch(f -> f.type() == FieldType.KANOON);
    }
}
