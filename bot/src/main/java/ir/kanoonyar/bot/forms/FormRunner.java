package ir.kanoonyar.bot.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationState.FormState;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Handler;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Next;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.StateTable;
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
import org.springframework.stereotype.Component;

/**
 * Runs a form definition as a conversation: one field at a time, each answer validated with a
 * Persian reason and asked again when wrong; /back to the previous field; a summary where any
 * answer can be changed; a confirm step. All of it lives in the session state, so a restart
 * resumes at the same field. Started with a {@link FormStart}.
 */
@Component
public class FormRunner implements Flow {

    /** Kept as it was before flows had ids: sessions, and the back-office's reminders, say FORM. */
    public static final String ID = "FORM";
    /** Asking a field (or changing one from the summary). */
    public static final String FIELD = "FIELD";
    public static final String SUMMARY = "SUMMARY";

    private final Forms forms;
    private final FieldValidator validator;
    private final FormMessages messages;
    private final Texts texts;
    private final FormCompletion completion;
    private final FileIntake files;
    private final FormDescription description;
    private final RegionButtons regionButtons;
    private final StateTable table;

    public FormRunner(Forms forms, FieldValidator validator, FormMessages messages, Texts texts,
                      FormCompletion completion, FileIntake files, RegionButtons regionButtons) {
        this.files = files;
        this.regionButtons = regionButtons;
        this.forms = forms;
        this.validator = validator;
        this.messages = messages;
        this.texts = texts;
        this.completion = completion;
        this.description = new FormDescription(forms, messages);
        this.table = StateTable.builder()
                .start(StateTable.declared().to(FIELD, SUMMARY).handsOverTo(MENU))
                .state(FIELD,
                        Handler.unsupported(this::unsupported),
                        Handler.button(ButtonData.Tick.class, this::tick),
                        Handler.button(ButtonData.RegionPage.class, this::turnPage),
                        Handler.text(this::typed).to(FIELD, SUMMARY),
                        Handler.contact((t, c) -> answer(t, new RawAnswer.Contact(c.phoneNumber(),
                                c.contactUserId() != null && c.contactUserId() == t.incoming().userId())))
                                .to(FIELD, SUMMARY),
                        Handler.location((t, l) -> answer(t, new RawAnswer.Location(l.latitude(), l.longitude())))
                                .to(FIELD, SUMMARY),
                        Handler.file((t, f) -> answer(t, new RawAnswer.File(f.fileId(), f.fileName(), f.mimeType(),
                                f.sizeBytes(), f.kind() == Incoming.FileKind.PHOTO))).to(FIELD, SUMMARY),
                        Handler.button(ButtonData.Pick.class, (t, b) -> answer(t, new RawAnswer.Picked(b.value())))
                                .to(FIELD, SUMMARY),
                        Handler.button(ButtonData.TicksDone.class, (t, b) -> answer(t,
                                new RawAnswer.Picked(String.join(",", t.state().form.ticked)))).to(FIELD, SUMMARY),
                        Handler.button(ButtonData.Skip.class, (t, b) -> answer(t, new RawAnswer.Skip()))
                                .to(FIELD, SUMMARY),
                        Handler.otherwise(this::pickFromButtons))
                .state(SUMMARY,
                        Handler.button(ButtonData.Confirm.class, (t, b) -> completion.confirmed(t, t.state().form))
                                .to(SUMMARY).handsOverTo(MENU),
                        Handler.button(ButtonData.CancelForm.class, this::cancel).handsOverTo(MENU),
                        Handler.button(ButtonData.Edit.class, this::edit).to(FIELD),
                        Handler.otherwise(this::summaryAgain))
                .back(Handler.otherwise(this::back).to(FIELD, SUMMARY))
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

    /** argument: a {@link FormStart}. */
    @Override
    public Next start(Turn turn, Object argument) {
        FormStart start = (FormStart) argument;
        FormDefinition form = forms.of(start.type());
        FormState state = new FormState();
        state.type = start.type();
        if (start.requestId() != null) {
            state.requestId = start.requestId();
            // Only fields the form has: a reviewer's typo must not break the conversation.
            List<String> known = form.keys();
            state.fields = new ArrayList<>(start.fields().stream().filter(known::contains).toList());
            state.answers.putAll(start.answers());
        } else {
            if (needsKanoon(form) && completion.kanoonsOf(turn).isEmpty()) {
                turn.say(texts.get(Text.NO_KANOON));
                return Next.menu();
            }
            state.fields = new ArrayList<>(form.keys());
        }
        turn.state().form = state;
        return state.fields.isEmpty() ? showSummary(turn) : ask(turn);
    }

    private FieldDefinition currentField(Turn turn) {
        FormState state = turn.state().form;
        return definition(state).field(state.currentField());
    }

    private Next unsupported(Turn turn) {
        turn.say(texts.get(Text.UNSUPPORTED_CONTENT));
        return askAgain(turn);
    }

    private Next pickFromButtons(Turn turn) {
        turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        return askAgain(turn);
    }

    private Next tick(Turn turn, ButtonData.Tick tick) {
        if (currentField(turn).type() != FieldType.MULTI_CHOICE) {
            return pickFromButtons(turn);
        }
        toggle(turn.state().form, tick.code());
        return askAgain(turn);
    }

    /** Another page of the county buttons; the same question, its earlier buttons still good. */
    private Next turnPage(Turn turn, ButtonData.RegionPage page) {
        FieldDefinition field = currentField(turn);
        if (field.type() != FieldType.COUNTY) {
            return pickFromButtons(turn);
        }
        FormState state = turn.state().form;
        state.regionPage = regionButtons.fit(state.answers.get(field.dependsOn()), page.page());
        return askAgain(turn);
    }

    private Next typed(Turn turn, Incoming.Text typed) {
        FieldDefinition field = currentField(turn);
        if (field.type() == FieldType.MOSQUE) {
            return offerMosques(turn, turn.state().form, typed.text());
        }
        if (!field.required() && typed.text().strip().equals(texts.get(Text.FORM_SKIP))) {
            return answer(turn, new RawAnswer.Skip());
        }
        return answer(turn, new RawAnswer.Typed(typed.text()));
    }

    private Next answer(Turn turn, RawAnswer answer) {
        FormState state = turn.state().form;
        FieldDefinition field = definition(state).field(state.currentField());
        // Kanoons and mosques are offered per person: the validator checks a pick against the ids we showed.
        FieldResult result = field.type() == FieldType.KANOON || field.type() == FieldType.MOSQUE
                ? validator.validate(field, answer, state.answers, List.copyOf(state.offered))
                : validator.validate(field, answer, state.answers);
        if (!result.valid()) {
            turn.say(messages.reason(result));
            return askAgain(turn);
        }
        String value = result.value();
        String refusal = value == null ? null : completion.refusal(turn, state, field.key(), value);
        if (refusal != null) {
            turn.say(refusal);
            return askAgain(turn);
        }
        if (answer instanceof RawAnswer.File file && !(answer instanceof RawAnswer.Skip)) {
            FileIntake.Outcome taken = files.take(turn.incoming().channel(), field.key(), file.fileId(),
                    file.fileName(), field.type() == FieldType.PHOTO);
            if (taken.refusal() != null) {
                turn.say(texts.get(taken.refusal()));
                return askAgain(turn);
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
        return advance(turn, state);
    }

    private Next back(Turn turn) {
        FormState state = turn.state().form;
        if (state.atSummary) {
            state.atSummary = false;
            state.index = Math.max(0, state.fields.size() - 1);
        } else if (state.editing != null) {
            state.editing = null;
            return showSummary(turn);
        } else if (state.index > 0) {
            state.index--;
        } else {
            turn.say(texts.get(Text.NOTHING_TO_GO_BACK_TO));
        }
        state.ticked.clear();
        return ask(turn);
    }

    private Next advance(Turn turn, FormState state) {
        if (state.editing != null) {
            state.editing = null;
            return showSummary(turn);
        }
        state.index++;
        return state.index >= state.fields.size() ? showSummary(turn) : ask(turn);
    }

    private Next ask(Turn turn) {
        ask(turn, true);
        return Next.to(FIELD);
    }

    /** The same question once more: its earlier buttons keep working, the person may press either. */
    private Next askAgain(Turn turn) {
        ask(turn, false);
        return Next.stay();
    }

    private void ask(Turn turn, boolean newQuestion) {
        FormState state = turn.state().form;
        FieldDefinition field = definition(state).field(state.currentField());
        StringBuilder text = new StringBuilder();
        if (state.editing == null) {
            text.append(texts.get(Text.FORM_PROGRESS, state.index + 1, state.fields.size())).append('\n');
        }
        text.append(messages.question(field));
        if (newQuestion) {
            state.regionPage = 0;
        }
        if (field.type() == FieldType.COUNTY) {
            String note = regionButtons.pageNote(state.answers.get(field.dependsOn()), state.regionPage);
            if (note != null) {
                text.append('\n').append(note);
            }
        }
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
                    Reply.Button.callback(messages.choiceLabel(choice), stamp, new ButtonData.Pick(choice.code())))));
            case MULTI_CHOICE -> {
                for (Choice choice : field.choices()) {
                    String mark = state.ticked.contains(choice.code()) ? "✅ " : "";
                    rows.add(List.of(Reply.Button.callback(mark + messages.choiceLabel(choice),
                            stamp, new ButtonData.Tick(choice.code()))));
                }
                rows.add(List.of(Reply.Button.callback(texts.get(Text.FORM_CHOICE_DONE),
                        stamp, new ButtonData.TicksDone())));
            }
            case YES_NO -> rows.add(List.of(
                    Reply.Button.callback(texts.get(Text.FORM_YES), stamp, new ButtonData.Pick("yes")),
                    Reply.Button.callback(texts.get(Text.FORM_NO), stamp, new ButtonData.Pick("no"))));
            case PROVINCE -> rows.addAll(regionButtons.provinces(stamp));
            case COUNTY -> rows.addAll(regionButtons.counties(stamp, state.answers.get(field.dependsOn()), state.regionPage));
            case MOSQUE -> state.offered.forEach(id -> rows.add(List.of(Reply.Button.callback(
                    state.offeredNames.getOrDefault(id, id), stamp, new ButtonData.Pick(String.valueOf(id))))));
            case KANOON -> {
                state.offered.clear();
                completion.kanoonsOf(turn).forEach((id, name) -> {
                    state.offered.add(String.valueOf(id));
                    rows.add(List.of(Reply.Button.callback(name, stamp, new ButtonData.Pick(String.valueOf(id)))));
                });
            }
            default -> {
            }
        }
        if (!field.required() && field.type() != FieldType.LOCATION) {
            rows.add(List.of(Reply.Button.callback(texts.get(Text.FORM_SKIP), stamp, new ButtonData.Skip())));
        }
        return rows.isEmpty() ? Reply.Keyboard.REMOVE : Reply.Keyboard.inline(rows);
    }

    /** A typed part of a mosque's name: the matches become buttons, or the person is asked again. */
    private Next offerMosques(Turn turn, FormState state, String typed) {
        Map<Long, String> found = typed.isBlank() ? Map.of() : completion.mosquesMatching(turn, state, typed.strip());
        state.offered.clear();
        state.offeredNames.clear();
        found.forEach((id, name) -> {
            state.offered.add(String.valueOf(id));
            state.offeredNames.put(String.valueOf(id), name);
        });
        turn.say(texts.get(found.isEmpty() ? Text.MOSQUE_NOT_FOUND : Text.MOSQUE_PICK));
        return askAgain(turn);
    }

    private static void toggle(FormState state, String code) {
        if (!state.ticked.remove(code)) {
            state.ticked.add(code);
        }
    }

    private Next showSummary(Turn turn) {
        FormState state = turn.state().form;
        state.atSummary = true;
        StringBuilder text = new StringBuilder(texts.get(Text.SUMMARY_TITLE)).append('\n')
                .append(description.describe(state.type, state.answers, List.of()));
        for (String note : completion.summaryNotes(turn, state)) {
            text.append("\n\n").append(note);
        }
        text.append("\n\n").append(texts.get(Text.SUMMARY_EDIT_HINT));
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (String key : state.fields) {
            rows.add(List.of(Reply.Button.callback(texts.get(Text.SUMMARY_EDIT, messages.label(key)),
                    stamp, new ButtonData.Edit(key))));
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.SUMMARY_CONFIRM), stamp, new ButtonData.Confirm()),
                Reply.Button.callback(texts.get(Text.SUMMARY_CANCEL), stamp, new ButtonData.CancelForm())));
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
        return Next.to(SUMMARY);
    }

    private Next cancel(Turn turn, ButtonData.CancelForm cancel) {
        turn.say(texts.get(Text.CANCELLED));
        return Next.menu();
    }

    private Next edit(Turn turn, ButtonData.Edit edit) {
        FormState state = turn.state().form;
        if (!state.fields.contains(edit.field())) {
            return summaryAgain(turn);
        }
        state.atSummary = false;
        state.editing = edit.field();
        return ask(turn);
    }

    private Next summaryAgain(Turn turn) {
        turn.say(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        showSummary(turn);
        return Next.stay();
    }

    private FormDefinition definition(FormState state) {
        return forms.of(Objects.requireNonNull(state.type, "form type"));
    }

    private static boolean needsKanoon(FormDefinition form) {
        return form.fields().stream().anyMatch(f -> f.type() == FieldType.KANOON);
    }
}
