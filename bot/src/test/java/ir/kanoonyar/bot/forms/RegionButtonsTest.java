package ir.kanoonyar.bot.forms;

import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.bot.files.FileIntake;
import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.form.FieldValidator;
import ir.kanoonyar.db.form.FormMessages;
import ir.kanoonyar.db.form.Forms;
import ir.kanoonyar.db.form.InMemoryRegionLookup;
import ir.kanoonyar.db.form.RegionLookup.Region;
import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province and county questions of the registration form, with a small map of regions: the provinces
 * as buttons, then the counties of the chosen province a page at a time, typed names with Arabic letters,
 * and forged or misplaced buttons refused in Persian with the question asked again.
 */
class RegionButtonsTest {

    private static final String MARKAZI = "00";
    private static final String TEHRAN = "23";
    /** Twelve counties: a page of nine and a page of three. */
    private static final List<Region> MARKAZI_COUNTIES = List.of(new Region("0001", "اراک"),
            new Region("0002", "آشتیان"), new Region("0003", "تفرش"), new Region("0004", "خمین"),
            new Region("0005", "دلیجان"), new Region("0006", "ساوه"), new Region("0007", "شازند"),
            new Region("0009", "محلات"), new Region("0010", "زرندیه"), new Region("0011", "کمیجان"),
            new Region("0012", "خنداب"), new Region("0013", "فراهان"));

    private final Texts texts = new Texts();
    private final InMemoryRegionLookup regions = new InMemoryRegionLookup(
            List.of(new Region(MARKAZI, "مرکزی"), new Region("01", "گیلان"), new Region("02", "مازندران"),
                    new Region(TEHRAN, "تهران"), new Region("10", "اصفهان")),
            Map.of(MARKAZI, MARKAZI_COUNTIES, TEHRAN, List.of(new Region("2301", "تهران"), new Region("2302", "ری")),
                    "01", List.of(), "02", List.of(), "10", List.of(new Region("1001", "کاشان"))));
    private final FormMessages messages = new FormMessages(regions);
    private final FormCompletion completion = mock(FormCompletion.class);
    private ConversationHarness chat;

    @BeforeEach
    void theProvinceAndCountyOfARegistration() {
        FormRunner runner = new FormRunner(new Forms(), new FieldValidator(regions), messages, texts, completion,
                mock(FileIntake.class), new RegionButtons(regions, texts));
        when(completion.summaryNotes(any(), any())).thenReturn(List.of());
        chat = new ConversationHarness(runner).as(1L);
    }

    private Reply start() {
        return last(chat.begin(FormRunner.ID, FormStart.fix(RequestType.MANAGER_REGISTRATION,
                7L, List.of(FieldKeys.PROVINCE, FieldKeys.COUNTY), Map.of())));
    }

    @Test
    void everyProvinceIsAButtonThreeARowInPersianAlphabeticalOrder() {
        Reply question = start();

        assertThat(question.text())
                .contains(messages.question(new Forms().of(RequestType.MANAGER_REGISTRATION).field(FieldKeys.PROVINCE)));
        assertThat(question.keyboard().rows()).hasSize(2);
        assertThat(question.keyboard().rows().get(0)).hasSize(3);
        assertThat(labels(question)).containsExactly("اصفهان", "تهران", "گیلان", "مازندران", "مرکزی");
    }

    @Test
    void theCountiesOfTheChosenProvinceComeNineAPageAndTheNextPageHoldsTheRest() {
        Reply counties = last(chat.press(start(), "مرکزی"));

        assertThat(chat.state().form.answers).containsEntry(FieldKeys.PROVINCE, MARKAZI);
        assertThat(counties.text()).contains(texts.get(Text.FORM_REGION_PAGE, 1, 2));
        assertThat(labels(counties)).hasSize(10).endsWith(texts.get(Text.FORM_REGION_NEXT))
                .startsWith("آشتیان", "اراک", "تفرش")
                .contains("شازند").doesNotContain("ری", "کاشان", texts.get(Text.FORM_REGION_PREVIOUS));

        Reply second = last(chat.press(counties, texts.get(Text.FORM_REGION_NEXT)));
        assertThat(second.text()).contains(texts.get(Text.FORM_REGION_PAGE, 2, 2));
        assertThat(labels(second)).containsExactly("فراهان", "کمیجان", "محلات",
                texts.get(Text.FORM_REGION_PREVIOUS))
                .as("the nine before are on the first page").doesNotContain("اراک");
        assertThat(labels(last(chat.press(second, texts.get(Text.FORM_REGION_PREVIOUS))))).contains("اراک");

        Reply summary = last(chat.press(second, "کمیجان"));
        assertThat(summary.text()).startsWith(texts.get(Text.SUMMARY_TITLE)).contains("کمیجان");
        assertThat(chat.state().form.answers).containsEntry(FieldKeys.COUNTY, "0011");
    }

    @Test
    void aCountyOfAnotherProvinceOrAnUnknownCodeIsRefusedInPersianAndTheQuestionAskedAgain() {
        chat.press(start(), "مرکزی");
        String refusal = "این گزینه در فهرست کنونی نیست";

        List<Reply> forged = chat.press(new ButtonData.Pick("2302"));
        assertThat(texts(forged).get(0)).contains(refusal);
        assertThat(labels(last(forged))).contains("اراک").doesNotContain("ری");
        List<Reply> unknown = chat.press(new ButtonData.Pick("9999"));
        assertThat(texts(unknown).get(0)).contains(refusal);
        assertThat(chat.state().form.answers).doesNotContainKey(FieldKeys.COUNTY);

        Reply farPage = last(chat.press(new ButtonData.RegionPage(40)));
        assertThat(farPage.text()).as("a forged page shows the last there is").contains(texts.get(Text.FORM_REGION_PAGE, 2, 2));
        chat.press(new ButtonData.Pick("0001"));
        assertThat(chat.state().form.answers).containsEntry(FieldKeys.COUNTY, "0001");
    }

    @Test
    void anUnknownProvinceCodeIsRefusedAndAPageButtonUnderTheProvinceQuestionMeansNothing() {
        start();

        assertThat(texts(chat.press(new ButtonData.Pick("99"))).get(0)).contains("این گزینه در فهرست کنونی نیست");
        assertThat(texts(chat.press(new ButtonData.RegionPage(1))).get(0)).isEqualTo(texts.get(Text.FORM_PICK_FROM_BUTTONS));
        assertThat(chat.state().form.answers).isEmpty();
        assertThat(chat.state().form.currentField()).isEqualTo(FieldKeys.PROVINCE);
    }

    @Test
    void namesTypedWithArabicLettersStillAnswerAndAProvinceWithFewCountiesHasNoPages() {
        start();

        Reply counties = last(chat.text("تهران"));
        assertThat(labels(counties)).containsExactly("تهران", "ری");
        assertThat(counties.text()).doesNotContain(texts.get(Text.FORM_REGION_PAGE, 1, 1));
        chat.command("back");
        chat.text("مركزي");
        assertThat(chat.state().form.answers).containsEntry(FieldKeys.PROVINCE, MARKAZI);

        chat.text("كميجان");
        assertThat(chat.state().form.answers).containsEntry(FieldKeys.COUNTY, "0011");
    }
}
