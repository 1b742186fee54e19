package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Incoming;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.InMemoryRegionLookup;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.member.ImportPreview;
import ir.kanoonyar.db.member.KanoonMember;
import ir.kanoonyar.db.member.MemberDetails;
import ir.kanoonyar.db.member.MemberFields;
import ir.kanoonyar.db.member.MemberMessages;
import ir.kanoonyar.db.member.MemberRole;
import ir.kanoonyar.db.member.MemberSettings;
import ir.kanoonyar.db.member.Roster;
import ir.kanoonyar.db.member.RosterImport;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Gender;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** «اعضای کانون» in the chat, with the roster and the import standing in as mocks (their rules: db tests). */
class MembersFlowTest {

    private static final long MANAGER = 1;
    private static final long KANOON = 40;
    private static final long OTHER_KANOON = 41;
    private static final long MEMBER = 500;
    /** 2026-03-01 is in Jalali 1404. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private final Texts texts = new Texts();
    private final MemberMessages messages = new MemberMessages();
    private final Roster roster = mock(Roster.class);
    private final RosterImport imports = mock(RosterImport.class);
    private final FileIntake files = mock(FileIntake.class);
    private final MemberFields fields = new MemberFields(new FieldValidator(InMemoryRegionLookup.empty()),
            new FormMessages(), messages, MemberSettings.defaults(), CLOCK);
    private final ConversationHarness chat = new ConversationHarness(ConversationHarness.with(
            Mocked.build(MembersFlow.class, texts, roster, imports, fields, messages, MemberSettings.defaults(), files)))
            .as(MANAGER);
    private final Kanoon kanoon = mock(Kanoon.class);
    private final KanoonMember member = mock(KanoonMember.class);

    {
        when(kanoon.getId()).thenReturn(KANOON);
        when(kanoon.getName()).thenReturn("کانون جامع");
        when(roster.managedBy(MANAGER)).thenReturn(Optional.of(kanoon));
        when(roster.managed(MANAGER, KANOON)).thenReturn(Optional.of(kanoon));
        when(roster.managed(MANAGER, OTHER_KANOON)).thenReturn(Optional.empty());
        when(member.getId()).thenReturn(MEMBER);
        when(member.getKanoonId()).thenReturn(KANOON);
        when(member.getFirstName()).thenReturn("علی");
        when(member.getLastName()).thenReturn("رضایی");
        when(member.getGender()).thenReturn(Gender.MALE);
        when(member.getRole()).thenReturn(MemberRole.MEMBER);
        when(member.getBirthYear()).thenReturn(1390);
        when(member.getPhone()).thenReturn("09121234567");
        when(member.details()).thenReturn(new MemberDetails("علی", "رضایی", Gender.MALE, 1390, MemberRole.MEMBER,
                "09121234567", null));
        when(roster.member(MANAGER, MEMBER)).thenReturn(Optional.of(member));
        when(roster.page(eq(MANAGER), eq(KANOON), anyInt(), anyInt()))
                .thenReturn(new PageImpl<>(List.of(member), PageRequest.of(0, 10), 1));
    }

    @Test
    void theListShowsTheMembersWithTheirButtons() {
        List<Reply> replies = chat.begin(MembersFlow.ID, null);

        assertThat(last(replies).text()).contains("کانون جامع").contains("۱ نفر").contains("علی رضایی")
                .contains("متولد ۱۳۹۰").doesNotContain("0912").doesNotContain("۰۹۱۲");
        assertThat(labels(last(replies))).contains("۱. علی رضایی", texts.get(Text.MEMBERS_ADD),
                texts.get(Text.MEMBERS_TEMPLATE), texts.get(Text.MEMBERS_UPLOAD));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void someoneWhoManagesNoActiveKanoonIsToldSo() {
        chat.as(2L);

        assertThat(texts(chat.begin(MembersFlow.ID, null))).containsExactly(texts.get(Text.MEMBERS_NOT_MANAGER));
    }

    @Test
    void aForgedKanoonOrMemberIdShowsNothing() {
        assertThat(texts(chat.begin(MembersFlow.ID, new ButtonData.MembersPage(OTHER_KANOON, 0))))
                .containsExactly(texts.get(Text.MEMBERS_NOT_MANAGER));
        assertThat(texts(chat.begin(MembersFlow.ID, new ButtonData.MemberAdd(OTHER_KANOON))))
                .containsExactly(texts.get(Text.MEMBERS_NOT_MANAGER));
        assertThat(texts(chat.begin(MembersFlow.ID, new ButtonData.MemberOpen(999))).get(0)).contains("در فهرست کانون نیست");
        assertThat(texts(chat.begin(MembersFlow.ID, new ButtonData.MemberRemove(999))).get(0)).contains("در فهرست کانون نیست");
        verify(roster, never()).page(anyLong(), eq(OTHER_KANOON), anyInt(), anyInt());
    }

    @Test
    void aMemberIsAddedStepByStepAndBadAnswersAreAskedAgain() {
        when(roster.add(eq(MANAGER), eq(KANOON), any())).thenReturn(new Roster.Outcome(member, null));
        chat.begin(MembersFlow.ID, new ButtonData.MemberAdd(KANOON));
        assertThat(chat.step()).isEqualTo(MembersFlow.ASK);

        assertThat(texts(chat.text("Ali")).get(0)).contains("فارسی");
        assertThat(texts(chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "f", null, null, 10L))))
                .startsWith(texts.get(Text.MEMBERS_TYPE_IT));
        assertThat(last(chat.text("x".repeat(50) + "علی".repeat(40))).text()).isEqualTo(texts.get(Text.MEMBERS_ASK_FIRST_NAME));
        chat.text("علی");
        List<Reply> gender = chat.text("رضایی");
        assertThat(last(gender).text()).isEqualTo(texts.get(Text.MEMBERS_ASK_GENDER));
        chat.press(last(gender), "مرد");
        assertThat(texts(chat.text("۱۲۹۰")).get(0)).contains("سن عضو");
        List<Reply> role = chat.text("۱۳۹۰");
        chat.press(last(role), "مربی");
        assertThat(texts(chat.text("12345")).get(0)).contains("شماره‌ی همراه");
        List<Reply> code = chat.text("۰۹۱۲ ۱۲۳ ۴۵۶۷");
        List<Reply> done = chat.press(last(code), texts.get(Text.MEMBERS_NO_NATIONAL_CODE));

        verify(roster).add(MANAGER, KANOON, new MemberDetails("علی", "رضایی", Gender.MALE, 1390, MemberRole.COACH,
                "09121234567", null));
        assertThat(texts(done).get(0)).isEqualTo(texts.get(Text.MEMBERS_ADDED, "علی رضایی"));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aTakenPhoneIsAskedAgain() {
        when(roster.edit(eq(MANAGER), eq(MEMBER), any())).thenReturn(new Roster.Outcome(null,
                messages.refusal(ir.kanoonyar.db.member.MemberRefusal.PHONE_TAKEN, "زهرا محمدی")));
        chat.begin(MembersFlow.ID, new ButtonData.MemberEdit(MEMBER, "PHONE"));

        List<Reply> replies = chat.text("09121112233");

        assertThat(texts(replies).get(0)).contains("زهرا محمدی");
        assertThat(last(replies).text()).isEqualTo(texts.get(Text.MEMBERS_ASK_PHONE));
        assertThat(chat.step()).isEqualTo(MembersFlow.ASK);
    }

    @Test
    void oneValueOfAMemberIsChanged() {
        when(roster.edit(eq(MANAGER), eq(MEMBER), any())).thenReturn(new Roster.Outcome(member, null));
        List<Reply> shown = chat.begin(MembersFlow.ID, new ButtonData.MemberOpen(MEMBER));
        assertThat(last(shown).text()).contains("۰۹۱۲۱۲۳۴۵۶۷");
        assertThat(labels(last(shown))).contains(texts.get(Text.MEMBERS_EDIT, "نقش"), texts.get(Text.MEMBERS_REMOVE));

        List<Reply> asked = chat.begin(MembersFlow.ID, new ButtonData.MemberEdit(MEMBER, "ROLE"));
        chat.press(last(asked), "هیئت مدیره");

        verify(roster).edit(MANAGER, MEMBER, new MemberDetails("علی", "رضایی", Gender.MALE, 1390, MemberRole.BOARD,
                "09121234567", null));
    }

    @Test
    void aMemberIsRemovedOnlyAfterConfirmation() {
        when(roster.remove(MANAGER, MEMBER)).thenReturn(new Roster.Outcome(member, null));
        chat.begin(MembersFlow.ID, new ButtonData.MemberRemove(MEMBER));
        assertThat(chat.step()).isEqualTo(MembersFlow.CONFIRM_REMOVE);

        assertThat(texts(chat.text("نه"))).containsExactly(texts.get(Text.MEMBERS_CANCELLED));
        verify(roster, never()).remove(anyLong(), anyLong());

        List<Reply> again = chat.begin(MembersFlow.ID, new ButtonData.MemberRemove(MEMBER));
        assertThat(texts(chat.press(last(again), texts.get(Text.MEMBERS_REMOVE_YES))).get(0))
                .isEqualTo(texts.get(Text.MEMBERS_REMOVED, "علی رضایی"));
        verify(roster).remove(MANAGER, MEMBER);
    }

    @Test
    void theTemplateIsSentAsADocument() {
        Reply reply = last(chat.begin(MembersFlow.ID, new ButtonData.MembersTemplate(KANOON)));

        assertThat(reply.media().kind()).isEqualTo(Reply.Media.Kind.DOCUMENT);
        assertThat(reply.media().source()).isEqualTo("members-template");
    }

    @Test
    void aSpreadsheetIsPreviewedAndImportedOnlyAfterConfirmation() {
        byte[] bytes = {1, 2, 3};
        when(files.fetch(Channel.SIMULATOR, "sheet", MemberSettings.defaults().maxFileBytes()))
                .thenReturn(new FileIntake.Fetched(bytes, null));
        ImportPreview good = new ImportPreview(null, null, List.of(new ImportPreview.RowResult(2,
                ImportPreview.Action.ADD, member.details(), null, List.of())));
        when(imports.preview(MANAGER, KANOON, bytes)).thenReturn(good);
        when(imports.report(good)).thenReturn("پیش‌نمایش");
        when(imports.confirm(MANAGER, KANOON, bytes)).thenReturn(new RosterImport.Imported(good, true));
        chat.begin(MembersFlow.ID, new ButtonData.MembersUpload(KANOON));
        assertThat(chat.step()).isEqualTo(MembersFlow.FILE);

        assertThat(texts(chat.text("سلام"))).containsExactly(texts.get(Text.MEMBERS_FILE_EXPECTED));
        assertThat(texts(chat.send(new Incoming.FileShared(Incoming.FileKind.PHOTO, "p", null, null, 10L))))
                .containsExactly(texts.get(Text.MEMBERS_FILE_NOT_PHOTO));
        List<Reply> preview = chat.send(new Incoming.FileShared(Incoming.FileKind.DOCUMENT, "sheet", "a.xlsx", null, 3L));
        assertThat(last(preview).text()).isEqualTo("پیش‌نمایش");
        verify(imports, never()).confirm(anyLong(), anyLong(), any());

        List<Reply> done = chat.press(last(preview), texts.get(Text.MEMBERS_CONFIRM));

        verify(imports).confirm(MANAGER, KANOON, bytes);
        assertThat(texts(done).get(0)).isEqualTo(texts.get(Text.MEMBERS_IMPORTED, 1L, 0L, 1L));
    }

    @Test
    void aRefusedSpreadsheetOffersNoConfirmationAndWaitsForAnother() {
        byte[] bytes = {9};
        when(files.fetch(any(), eq("bad"), anyLong())).thenReturn(new FileIntake.Fetched(bytes, null));
        ImportPreview bad = new ImportPreview(null, null, List.of(new ImportPreview.RowResult(2,
                ImportPreview.Action.REFUSED, null, null, List.of("نام"))));
        when(imports.preview(MANAGER, KANOON, bytes)).thenReturn(bad);
        when(imports.report(bad)).thenReturn("ردیف ۲: نام");
        when(files.fetch(any(), eq("huge"), anyLong())).thenReturn(new FileIntake.Fetched(null, Text.FILE_TOO_LARGE));
        chat.begin(MembersFlow.ID, new ButtonData.MembersUpload(KANOON));

        List<Reply> replies = chat.send(new Incoming.FileShared(Incoming.FileKind.DOCUMENT, "bad", "a.csv", null, 1L));

        assertThat(texts(replies)).containsExactly("ردیف ۲: نام");
        assertThat(last(replies).keyboard().rows()).isEmpty();
        assertThat(chat.step()).isEqualTo(MembersFlow.FILE);
        assertThat(texts(chat.send(new Incoming.FileShared(Incoming.FileKind.DOCUMENT, "huge", "a.xlsx", null, 1L))))
                .containsExactly(texts.get(Text.MEMBERS_FILE_TOO_LARGE, 2048L));
        verify(imports, never()).confirm(anyLong(), anyLong(), any());
    }
}
