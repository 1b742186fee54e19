package ir.kanoonyar.bot.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationState.MembersState;
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
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.member.Checked;
import ir.kanoonyar.db.member.ImportPreview;
import ir.kanoonyar.db.member.KanoonMember;
import ir.kanoonyar.db.member.MemberColumn;
import ir.kanoonyar.db.member.MemberDetails;
import ir.kanoonyar.db.member.MemberFields;
import ir.kanoonyar.db.member.MemberMessages;
import ir.kanoonyar.db.member.MemberRefusal;
import ir.kanoonyar.db.member.MemberRole;
import ir.kanoonyar.db.member.MemberSettings;
import ir.kanoonyar.db.member.Roster;
import ir.kanoonyar.db.member.RosterImport;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Gender;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * «اعضای کانون» (issue 10 item 3): the manager of an active kanoon lists its members a page at a
 * time, adds one step by step, changes one value of a member, removes one after a confirmation,
 * gets the spreadsheet template and sends a filled one, which is previewed row by row and imported
 * only after «تأیید» (all rows or none, {@link RosterImport}). The list's buttons are pressed at the
 * main menu, which hands them here; every button's kanoon or member is checked again against the
 * presser ({@link Roster}), so a forged id shows nothing of another kanoon.
 */
@Component
public class MembersFlow implements Flow {

    public static final String ID = "MEMBERS";
    /** A value of a member is asked: {@link MembersState#field}; adding when there is no member id. */
    public static final String ASK = "ASK";
    public static final String CONFIRM_REMOVE = "CONFIRM_REMOVE";
    /** Waiting for the spreadsheet. */
    public static final String FILE = "FILE";
    /** A spreadsheet was previewed without refusals: «تأیید» or «انصراف». */
    public static final String CONFIRM_IMPORT = "CONFIRM_IMPORT";

    static final int PAGE_SIZE = 10;
    /** The order values are asked in when a member is added. */
    static final List<MemberColumn> ASKED = List.of(MemberColumn.values());
    static final String SKIP = "SKIP";

    private final Texts texts;
    private final Roster roster;
    private final RosterImport imports;
    private final MemberFields fields;
    private final MemberMessages messages;
    private final MemberSettings settings;
    private final FileIntake files;
    private final StateTable table;

    public MembersFlow(Texts texts, Roster roster, RosterImport imports, MemberFields fields, MemberMessages messages,
                       MemberSettings settings, FileIntake files) {
        this.texts = texts;
        this.roster = roster;
        this.imports = imports;
        this.fields = fields;
        this.messages = messages;
        this.settings = settings;
        this.files = files;
        this.table = StateTable.builder()
                .start(StateTable.declared().to(ASK, CONFIRM_REMOVE, FILE))
                .state(ASK,
                        Handler.text(this::typed).to(ASK),
                        Handler.button(ButtonData.MemberChoice.class, this::chosen).to(ASK),
                        Handler.button(ButtonData.MembersCancel.class, this::cancel),
                        Handler.button(ButtonData.Members.class, this::pressed).to(ASK, CONFIRM_REMOVE, FILE),
                        Handler.otherwise(this::askAgain))
                .state(CONFIRM_REMOVE,
                        Handler.button(ButtonData.MemberRemoveYes.class, this::remove),
                        Handler.button(ButtonData.MembersCancel.class, this::cancel),
                        Handler.button(ButtonData.Members.class, this::pressed).to(ASK, CONFIRM_REMOVE, FILE),
                        Handler.otherwise(this::cancel))
                .state(FILE,
                        Handler.file(this::received).to(CONFIRM_IMPORT, FILE),
                        Handler.button(ButtonData.Members.class, this::pressed).to(ASK, CONFIRM_REMOVE, FILE),
                        Handler.otherwise(this::fileExpected))
                .state(CONFIRM_IMPORT,
                        Handler.button(ButtonData.MembersImport.class, this::importFile).to(FILE),
                        Handler.button(ButtonData.MembersCancel.class, this::cancel),
                        Handler.file(this::received).to(CONFIRM_IMPORT, FILE),
                        Handler.button(ButtonData.Members.class, this::pressed).to(ASK, CONFIRM_REMOVE, FILE),
                        Handler.otherwise(this::cancel))
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

    /** null: the manager's kanoon's first page; a {@link ButtonData.Members} pressed at the main menu. */
    @Override
    public Next start(Turn turn, Object argument) {
        if (argument instanceof ButtonData.Members button) {
            return pressed(turn, button);
        }
        Optional<Kanoon> kanoon = roster.managedBy(turn.personId());
        if (kanoon.isEmpty()) {
            turn.say(texts.get(Text.MEMBERS_NOT_MANAGER));
            return Next.idle();
        }
        showPage(turn, kanoon.get(), 0);
        return Next.idle();
    }

    private Next pressed(Turn turn, ButtonData.Members button) {
        turn.state().members = null;
        if (button instanceof ButtonData.MembersPage p) {
            return kanoon(turn, p.kanoonId(), k -> {
                showPage(turn, k, p.page());
                return Next.idle();
            });
        }
        if (button instanceof ButtonData.MemberAdd a) {
            return kanoon(turn, a.kanoonId(), k -> {
                state(turn, k.getId(), null).field = ASKED.get(0).name();
                ask(turn);
                return Next.to(ASK);
            });
        }
        if (button instanceof ButtonData.MembersTemplate t) {
            return kanoon(turn, t.kanoonId(), k -> {
                turn.say(Reply.media(MediaLibrary.membersTemplate(), texts.get(Text.MEMBERS_TEMPLATE_CAPTION)));
                return Next.idle();
            });
        }
        if (button instanceof ButtonData.MembersUpload u) {
            return kanoon(turn, u.kanoonId(), k -> {
                state(turn, k.getId(), null);
                turn.say(texts.get(Text.MEMBERS_SEND_FILE));
                return Next.to(FILE);
            });
        }
        if (button instanceof ButtonData.MemberOpen o) {
            return member(turn, o.memberId(), m -> {
                showMember(turn, m);
                return Next.idle();
            });
        }
        if (button instanceof ButtonData.MemberEdit e) {
            return member(turn, e.memberId(), m -> {
                Optional<MemberColumn> column = column(e.field());
                if (column.isEmpty()) {
                    turn.say(texts.get(Text.OLD_BUTTON));
                    return Next.idle();
                }
                state(turn, m.getKanoonId(), m.getId()).field = column.get().name();
                ask(turn);
                return Next.to(ASK);
            });
        }
        if (button instanceof ButtonData.MemberRemove r) {
            return member(turn, r.memberId(), m -> {
                state(turn, m.getKanoonId(), m.getId());
                int stamp = turn.nextStamp();
                turn.say(new Reply(texts.get(Text.MEMBERS_REMOVE_CONFIRM, name(m)), Reply.Keyboard.inline(List.of(List.of(
                        Reply.Button.callback(texts.get(Text.MEMBERS_REMOVE_YES), stamp,
                                new ButtonData.MemberRemoveYes(m.getId())),
                        Reply.Button.callback(texts.get(Text.MEMBERS_CANCEL), stamp, new ButtonData.MembersCancel()))))));
                return Next.to(CONFIRM_REMOVE);
            });
        }
        // A confirmation or a choice outside the question it belongs to.
        turn.say(texts.get(Text.OLD_BUTTON));
        return Next.idle();
    }

    // ---- the list and a member ----

    private void showPage(Turn turn, Kanoon kanoon, int requested) {
        Page<KanoonMember> page = roster.page(turn.personId(), kanoon.getId(), requested, PAGE_SIZE);
        if (page.getTotalPages() > 0 && requested >= page.getTotalPages()) {
            page = roster.page(turn.personId(), kanoon.getId(), page.getTotalPages() - 1, PAGE_SIZE);
        }
        int stamp = turn.nextStamp();
        List<List<Reply.Button>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (page.getTotalElements() == 0) {
            text.append(texts.get(Text.MEMBERS_EMPTY, kanoon.getName()));
        } else {
            text.append(texts.get(Text.MEMBERS_TITLE, kanoon.getName(), page.getTotalElements(),
                    page.getNumber() + 1, page.getTotalPages()));
            int n = page.getNumber() * PAGE_SIZE;
            for (KanoonMember m : page.getContent()) {
                n++;
                text.append('\n').append(texts.get(Text.MEMBERS_LINE, n, m.getFirstName(), m.getLastName(),
                        messages.role(m.getRole()), messages.gender(m.getGender()),
                        PersianText.toPersianDigits(String.valueOf(m.getBirthYear()))));
                rows.add(List.of(Reply.Button.callback(PersianText.toPersianDigits(String.valueOf(n)) + ". " + name(m),
                        stamp, new ButtonData.MemberOpen(m.getId()))));
            }
            List<Reply.Button> paging = new ArrayList<>();
            if (page.hasPrevious()) {
                paging.add(Reply.Button.callback(texts.get(Text.MEMBERS_PREVIOUS), stamp,
                        new ButtonData.MembersPage(kanoon.getId(), page.getNumber() - 1)));
            }
            if (page.hasNext()) {
                paging.add(Reply.Button.callback(texts.get(Text.MEMBERS_NEXT), stamp,
                        new ButtonData.MembersPage(kanoon.getId(), page.getNumber() + 1)));
            }
            if (!paging.isEmpty()) {
                rows.add(paging);
            }
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.MEMBERS_ADD), stamp, new ButtonData.MemberAdd(kanoon.getId()))));
        rows.add(List.of(Reply.Button.callback(texts.get(Text.MEMBERS_TEMPLATE), stamp,
                        new ButtonData.MembersTemplate(kanoon.getId())),
                Reply.Button.callback(texts.get(Text.MEMBERS_UPLOAD), stamp, new ButtonData.MembersUpload(kanoon.getId()))));
        turn.say(new Reply(text.toString(), Reply.Keyboard.inline(rows)));
    }

    private void showMember(Turn turn, KanoonMember m) {
        int stamp = turn.nextStamp();
        String none = texts.get(Text.MEMBERS_NONE);
        String text = texts.get(Text.MEMBERS_MEMBER, m.getFirstName(), m.getLastName(), messages.gender(m.getGender()),
                PersianText.toPersianDigits(String.valueOf(m.getBirthYear())), messages.role(m.getRole()),
                m.getPhone() == null ? none : PersianText.toPersianDigits(m.getPhone()),
                m.getNationalCode() == null ? none : PersianText.toPersianDigits(m.getNationalCode()));
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> pair = new ArrayList<>();
        for (MemberColumn column : MemberColumn.values()) {
            pair.add(Reply.Button.callback(texts.get(Text.MEMBERS_EDIT, column.header()), stamp,
                    new ButtonData.MemberEdit(m.getId(), column.name())));
            if (pair.size() == 2) {
                rows.add(pair);
                pair = new ArrayList<>();
            }
        }
        if (!pair.isEmpty()) {
            rows.add(pair);
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.MEMBERS_REMOVE), stamp, new ButtonData.MemberRemove(m.getId()))));
        rows.add(List.of(Reply.Button.callback(texts.get(Text.MEMBERS_BACK), stamp,
                new ButtonData.MembersPage(m.getKanoonId(), 0))));
        turn.say(new Reply(text, Reply.Keyboard.inline(rows)));
    }

    // ---- adding and changing ----

    private void ask(Turn turn) {
        MemberColumn column = MemberColumn.valueOf(turn.state().members.field);
        int stamp = turn.nextStamp();
        List<Reply.Button> choices = new ArrayList<>();
        Text question = switch (column) {
            case FIRST_NAME -> Text.MEMBERS_ASK_FIRST_NAME;
            case LAST_NAME -> Text.MEMBERS_ASK_LAST_NAME;
            case GENDER -> {
                for (Gender g : Gender.values()) {
                    choices.add(Reply.Button.callback(messages.gender(g), stamp, new ButtonData.MemberChoice(g.name())));
                }
                yield Text.MEMBERS_ASK_GENDER;
            }
            case BIRTH_YEAR -> Text.MEMBERS_ASK_BIRTH_YEAR;
            case ROLE -> {
                for (MemberRole r : MemberRole.values()) {
                    choices.add(Reply.Button.callback(messages.role(r), stamp, new ButtonData.MemberChoice(r.name())));
                }
                yield Text.MEMBERS_ASK_ROLE;
            }
            case PHONE -> {
                choices.add(Reply.Button.callback(texts.get(Text.MEMBERS_NO_PHONE), stamp, new ButtonData.MemberChoice(SKIP)));
                yield Text.MEMBERS_ASK_PHONE;
            }
            case NATIONAL_CODE -> {
                choices.add(Reply.Button.callback(texts.get(Text.MEMBERS_NO_NATIONAL_CODE), stamp,
                        new ButtonData.MemberChoice(SKIP)));
                yield Text.MEMBERS_ASK_NATIONAL_CODE;
            }
        };
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (!choices.isEmpty()) {
            rows.add(choices);
        }
        rows.add(List.of(Reply.Button.callback(texts.get(Text.MEMBERS_CANCEL), stamp, new ButtonData.MembersCancel())));
        turn.say(new Reply(texts.get(question), Reply.Keyboard.inline(rows)));
    }

    private Next typed(Turn turn, Incoming.Text text) {
        MemberColumn column = MemberColumn.valueOf(turn.state().members.field);
        Checked<?> checked = check(column, text.text());
        if (!checked.isOk()) {
            turn.say(checked.refusal().text());
            ask(turn);
            return Next.stay();
        }
        Object value = checked.value();
        return answered(turn, column, value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString());
    }

    private Next chosen(Turn turn, ButtonData.MemberChoice choice) {
        MemberColumn column = MemberColumn.valueOf(turn.state().members.field);
        boolean fits = switch (column) {
            case GENDER -> List.of("MALE", "FEMALE").contains(choice.value());
            case ROLE -> List.of("MEMBER", "COACH", "BOARD").contains(choice.value());
            case PHONE, NATIONAL_CODE -> choice.value().equals(SKIP);
            default -> false;
        };
        if (!fits) {
            turn.say(texts.get(Text.OLD_BUTTON));
            ask(turn);
            return Next.stay();
        }
        return answered(turn, column, choice.value().equals(SKIP) ? "" : choice.value());
    }

    /** A value accepted: the next question while adding, else the member saved. */
    private Next answered(Turn turn, MemberColumn column, String value) {
        MembersState state = turn.state().members;
        state.answers.put(column.name(), value);
        if (state.memberId == null) {
            int next = ASKED.indexOf(column) + 1;
            if (next < ASKED.size()) {
                state.field = ASKED.get(next).name();
                ask(turn);
                return Next.to(ASK);
            }
            return save(turn, roster.add(turn.personId(), state.kanoonId, details(state.answers, null)), Text.MEMBERS_ADDED);
        }
        Optional<KanoonMember> member = roster.member(turn.personId(), state.memberId);
        if (member.isEmpty()) {
            turn.say(messages.refusal(MemberRefusal.NOT_FOUND).text());
            turn.state().members = null;
            return Next.idle();
        }
        return save(turn, roster.edit(turn.personId(), state.memberId, details(state.answers, member.get().details())),
                Text.MEMBERS_CHANGED);
    }

    private Next save(Turn turn, Roster.Outcome outcome, Text done) {
        MembersState state = turn.state().members;
        if (!outcome.done()) {
            turn.say(outcome.refusal().text());
            if (outcome.refusal().kind() == MemberRefusal.PHONE_TAKEN || outcome.refusal().kind()
                    == MemberRefusal.NATIONAL_CODE_TAKEN) {
                state.field = outcome.refusal().kind() == MemberRefusal.PHONE_TAKEN ? MemberColumn.PHONE.name()
                        : MemberColumn.NATIONAL_CODE.name();
                ask(turn);
                return Next.to(ASK);
            }
            turn.state().members = null;
            return Next.idle();
        }
        turn.state().members = null;
        turn.say(texts.get(done, name(outcome.member())));
        if (done == Text.MEMBERS_ADDED) {
            roster.managed(turn.personId(), outcome.member().getKanoonId()).ifPresent(k -> showPage(turn, k, 0));
        } else {
            showMember(turn, outcome.member());
        }
        return Next.idle();
    }

    /** The answers (checked when typed) over the member's values as they were (null while adding). */
    private MemberDetails details(Map<String, String> answers, MemberDetails before) {
        MemberDetails d = before != null ? before : new MemberDetails(null, null, null, 0, null, null, null);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            String v = answer.getValue();
            d = switch (MemberColumn.valueOf(answer.getKey())) {
                case FIRST_NAME -> d.withFirstName(v);
                case LAST_NAME -> d.withLastName(v);
                case GENDER -> d.withGender(Gender.valueOf(v));
                case BIRTH_YEAR -> d.withBirthYear(Integer.parseInt(v));
                case ROLE -> d.withRole(MemberRole.valueOf(v));
                case PHONE -> d.withPhone(v.isEmpty() ? null : v);
                case NATIONAL_CODE -> new MemberDetails(d.firstName(), d.lastName(), d.gender(), d.birthYear(), d.role(),
                        d.phone(), v.isEmpty() ? null : v);
            };
        }
        return d;
    }

    private Checked<?> check(MemberColumn column, String text) {
        return switch (column) {
            case FIRST_NAME -> fields.firstName(text);
            case LAST_NAME -> fields.lastName(text);
            case GENDER -> fields.gender(text);
            case BIRTH_YEAR -> fields.birthYear(text);
            case ROLE -> fields.role(text);
            case PHONE -> fields.phone(text);
            case NATIONAL_CODE -> fields.nationalCode(text);
        };
    }

    /** A photo, a file, a sticker where a value is asked. */
    private Next askAgain(Turn turn) {
        turn.say(texts.get(Text.MEMBERS_TYPE_IT));
        ask(turn);
        return Next.stay();
    }

    // ---- removing ----

    private Next remove(Turn turn, ButtonData.MemberRemoveYes yes) {
        MembersState state = turn.state().members;
        if (state == null || state.memberId == null || state.memberId != yes.memberId()) {
            turn.say(texts.get(Text.OLD_BUTTON));
            turn.state().members = null;
            return Next.idle();
        }
        Roster.Outcome outcome = roster.remove(turn.personId(), yes.memberId());
        turn.state().members = null;
        if (!outcome.done()) {
            turn.say(outcome.refusal().text());
            return Next.idle();
        }
        turn.say(texts.get(Text.MEMBERS_REMOVED, name(outcome.member())));
        roster.managed(turn.personId(), outcome.member().getKanoonId()).ifPresent(k -> showPage(turn, k, 0));
        return Next.idle();
    }

    private Next cancel(Turn turn) {
        turn.state().members = null;
        turn.say(texts.get(Text.MEMBERS_CANCELLED));
        return Next.idle();
    }

    private Next cancel(Turn turn, ButtonData.MembersCancel button) {
        return cancel(turn);
    }

    // ---- the spreadsheet ----

    private Next received(Turn turn, Incoming.FileShared file) {
        MembersState state = turn.state().members;
        if (state == null || state.kanoonId == null) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.idle();
        }
        if (file.kind() == Incoming.FileKind.PHOTO) {
            turn.say(texts.get(Text.MEMBERS_FILE_NOT_PHOTO));
            return Next.to(FILE);
        }
        Optional<byte[]> bytes = fetch(turn, file.fileId());
        if (bytes.isEmpty()) {
            return Next.to(FILE);
        }
        ImportPreview preview = imports.preview(turn.personId(), state.kanoonId, bytes.get());
        if (!preview.acceptable()) {
            turn.say(imports.report(preview));
            return Next.to(FILE);
        }
        state.fileId = file.fileId();
        int stamp = turn.nextStamp();
        turn.say(new Reply(imports.report(preview), Reply.Keyboard.inline(List.of(List.of(
                Reply.Button.callback(texts.get(Text.MEMBERS_CONFIRM), stamp, new ButtonData.MembersImport()),
                Reply.Button.callback(texts.get(Text.MEMBERS_CANCEL), stamp, new ButtonData.MembersCancel()))))));
        return Next.to(CONFIRM_IMPORT);
    }

    private Next importFile(Turn turn, ButtonData.MembersImport button) {
        MembersState state = turn.state().members;
        if (state == null || state.kanoonId == null || state.fileId == null) {
            turn.say(texts.get(Text.OLD_BUTTON));
            return Next.idle();
        }
        Optional<byte[]> bytes = fetch(turn, state.fileId);
        if (bytes.isEmpty()) {
            return Next.to(FILE);
        }
        RosterImport.Imported imported = imports.confirm(turn.personId(), state.kanoonId, bytes.get());
        if (!imported.imported()) {
            // The roster changed since the preview (or the kanoon is no longer this person's): nothing was imported.
            turn.say(imports.report(imported.preview()));
            state.fileId = null;
            return Next.to(FILE);
        }
        long kanoonId = state.kanoonId;
        turn.state().members = null;
        ImportPreview preview = imported.preview();
        turn.say(texts.get(Text.MEMBERS_IMPORTED, preview.count(ImportPreview.Action.ADD),
                preview.count(ImportPreview.Action.CHANGE), roster.page(turn.personId(), kanoonId, 0, 1).getTotalElements()));
        roster.managed(turn.personId(), kanoonId).ifPresent(k -> showPage(turn, k, 0));
        return Next.idle();
    }

    private Next fileExpected(Turn turn) {
        turn.say(texts.get(Text.MEMBERS_FILE_EXPECTED));
        return Next.stay();
    }

    private Optional<byte[]> fetch(Turn turn, String fileId) {
        FileIntake.Fetched fetched = files.fetch(turn.incoming().channel(), fileId, settings.maxFileBytes());
        if (fetched.refusal() == Text.FILE_TOO_LARGE) {
            turn.say(texts.get(Text.MEMBERS_FILE_TOO_LARGE, settings.maxFileBytes() / 1024));
            return Optional.empty();
        }
        if (fetched.refusal() != null) {
            turn.say(texts.get(fetched.refusal()));
            return Optional.empty();
        }
        return Optional.of(fetched.bytes());
    }

    // ---- checks of the ids buttons carry ----

    private interface WithKanoon {
        Next apply(Kanoon kanoon);
    }

    private interface WithMember {
        Next apply(KanoonMember member);
    }

    private Next kanoon(Turn turn, long kanoonId, WithKanoon action) {
        Optional<Kanoon> kanoon = roster.managed(turn.personId(), kanoonId);
        if (kanoon.isEmpty()) {
            turn.say(texts.get(Text.MEMBERS_NOT_MANAGER));
            return Next.idle();
        }
        return action.apply(kanoon.get());
    }

    private Next member(Turn turn, long memberId, WithMember action) {
        Optional<KanoonMember> member = roster.member(turn.personId(), memberId);
        if (member.isEmpty()) {
            turn.say(messages.refusal(MemberRefusal.NOT_FOUND).text());
            return Next.idle();
        }
        return action.apply(member.get());
    }

    private static MembersState state(Turn turn, long kanoonId, Long memberId) {
        MembersState state = new MembersState();
        state.kanoonId = kanoonId;
        state.memberId = memberId;
        turn.state().members = state;
        return state;
    }

    private static Optional<MemberColumn> column(String name) {
        for (MemberColumn column : MemberColumn.values()) {
            if (column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String name(KanoonMember m) {
        return m.getFirstName() + " " + m.getLastName();
    }
}
