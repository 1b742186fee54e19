package ir.kanoonyar.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import ir.kanoonyar.db.request.RequestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Callback data: every kind survives the round trip, nothing too long leaves, nothing forged gets in. */
class ButtonCodecTest {

    static Stream<ButtonData> everyKind() {
        return Stream.of(new ButtonData.ChooseType(RequestType.LICENCE_RENEWAL), new ButtonData.Pick("quran"),
                new ButtonData.Pick("123456789"), new ButtonData.Tick("sport"), new ButtonData.TicksDone(),
                new ButtonData.Skip(), new ButtonData.Edit("trustees_mobile"), new ButtonData.Confirm(),
                new ButtonData.CancelForm(), new ButtonData.Fix(42), new ButtonData.Withdraw(43),
                new ButtonData.WithdrawYes(), new ButtonData.WithdrawNo(), new ButtonData.ConsentDecide(true),
                new ButtonData.ConsentDecide(false), new ButtonData.NoComment(), new ButtonData.TrainingList(),
                new ButtonData.TrainingOpen(5), new ButtonData.TrainingGo(6, 3), new ButtonData.TrainingQuiz(7),
                new ButtonData.TrainingAnswer(8, 9, 10), new ButtonData.TrainingCertificate(11),
                new ButtonData.ActivityPhotosDone(), new ButtonData.ActivitySubmit("0123456789abcdef0123456789abcdef"),
                new ButtonData.ActivityEditReport(12), new ButtonData.ActivityWithdraw(13),
                new ButtonData.ActivityWithdrawYes(14));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindDecodesToWhatWasEncoded(ButtonData button) {
        String data = ButtonCodec.encode(12, button);

        assertThat(ButtonCodec.decode(data, 12)).contains(button);
    }

    @Test
    void everyKindOfTheSealedFamilyIsCoveredAbove() {
        List<String> covered = everyKind().map(b -> b.getClass().getSimpleName()).distinct().toList();
        List<String> kinds = Stream.concat(Stream.of(ButtonData.class.getPermittedSubclasses()),
                        Stream.concat(Stream.of(ButtonData.Training.class.getPermittedSubclasses()),
                                Stream.of(ButtonData.Activity.class.getPermittedSubclasses())))
                .filter(c -> !c.isInterface()).map(Class::getSimpleName).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(kinds);
    }

    @Test
    void keyboardsSentBeforeTheRecordsExistedStillDecode() {
        assertThat(ButtonCodec.decode("3|pick:yes", 3)).contains(new ButtonData.Pick("yes"));
        assertThat(ButtonCodec.decode("3|type:ESTABLISHMENT", 3))
                .contains(new ButtonData.ChooseType(RequestType.ESTABLISHMENT));
        assertThat(ButtonCodec.decode("3|tr:ans:1:2:3", 3)).contains(new ButtonData.TrainingAnswer(1, 2, 3));
        assertThat(ButtonCodec.decode("3|withdraw-yes", 3)).contains(new ButtonData.WithdrawYes());
        assertThat(ButtonCodec.decode("3|sign", 3)).contains(new ButtonData.ConsentDecide(true));
    }

    @Test
    void theWireFormatIsStampBarAction() {
        assertThat(ButtonCodec.encode(4, new ButtonData.TrainingGo(15, 2))).isEqualTo("4|tr:go:15:2");
        assertThat(ButtonCodec.encode(4, new ButtonData.Edit("first_name"))).isEqualTo("4|edit:first_name");
    }

    @Test
    void aButtonOfAnOlderKeyboardIsStale() {
        String data = ButtonCodec.encode(3, new ButtonData.Confirm());

        assertThat(ButtonCodec.decode(data, 4)).isEmpty();
        assertThat(ButtonCodec.decode(data, 30)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "|confirm", "confirm", "5", "5|", "5|nonsense", "5|pick:", "5|type:NOT_A_TYPE",
            "5|type:", "5|fix:abc", "5|fix:", "5|withdraw:1e3", "5|tr:go:1", "5|tr:go:1:2:3", "5|tr:open:x",
            "5|tr:ans:1:2", "5|tr:quiz:", "5|tr:nope:1", "5|tr:list:9", "x|confirm", "05|confirm",
            "5|confirm|confirm", "5|tick:", "5|edit:", "5|ac:", "5|ac:done:1", "5|ac:sub:", "5|ac:sub:XYZ",
            "5|ac:sub:0123456789abcdef0123456789abcdeg", "5|ac:edit:", "5|ac:edit:1:2", "5|ac:wd:x", "5|ac:wdy:1e3",
            "5|ac:nope:1"})
    void garbageAndForgeriesAreStale(String data) {
        assertThat(ButtonCodec.decode(data, 5)).isEmpty();
    }

    @Test
    void nullDataIsStale() {
        assertThat(ButtonCodec.decode(null, 0)).isEmpty();
    }

    @Test
    void dataLongerThanTelegramTakesFailsWhereTheKeyboardIsBuilt() {
        // 64 bytes exactly is allowed: "1|pick:" is 7 bytes.
        String fits = "x".repeat(ButtonCodec.MAX_BYTES - 7);
        assertThat(ButtonCodec.encode(1, new ButtonData.Pick(fits))).hasSize(ButtonCodec.MAX_BYTES);

        assertThatThrownBy(() -> ButtonCodec.encode(1, new ButtonData.Pick(fits + "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65 bytes");
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        // A Persian letter is two bytes: 29 of them fit in 58 + 7 = 65 bytes, one too many.
        assertThatThrownBy(() -> ButtonCodec.encode(1, new ButtonData.Pick("ب".repeat(29))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ButtonCodec.encode(1, new ButtonData.Pick("ب".repeat(28)))).hasSize(35);
    }

    @Test
    void theActivitySubmitButtonWithItsDraftKeyAndAMillionKeyboardsFits() {
        assertThat(ButtonCodec.encode(999_999, new ButtonData.ActivitySubmit("f".repeat(32))))
                .hasSizeLessThanOrEqualTo(ButtonCodec.MAX_BYTES);
    }

    @Test
    void theLongestButtonWithTwelveDigitIdsAndAMillionKeyboardsFits() {
        long id = 999_999_999_999L;
        assertThat(ButtonCodec.encode(999_999, new ButtonData.TrainingAnswer(id, id, id)))
                .hasSizeLessThanOrEqualTo(ButtonCodec.MAX_BYTES);
    }
}
