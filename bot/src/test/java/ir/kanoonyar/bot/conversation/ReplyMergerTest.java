package ir.kanoonyar.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which replies of one update go out as one message, and which stay apart. */
class ReplyMergerTest {

    private static final Reply.Keyboard MENU = Reply.Keyboard.reply(List.of(List.of(Reply.Button.plain("منو"))));
    private static final Reply.Keyboard SHARE = Reply.Keyboard.reply(List.of(List.of(
            Reply.Button.shareContact("ارسال شمارهٔ من"))));
    private static final Reply.Keyboard CHOICES = Reply.Keyboard.inline(List.of(List.of(
            Reply.Button.callback("بله", "1:p:yes"))));

    @Test
    void aTextWithoutAKeyboardGoesWithTheNextTextAndItsKeyboard() {
        List<Reply> sent = ReplyMerger.merge(List.of(Reply.text("سلام"), new Reply("چه کاری؟", MENU)));

        assertThat(sent).containsExactly(new Reply("سلام\n\nچه کاری؟", MENU));
    }

    @Test
    void aRemovalGoesWithTheNextQuestionWhateverReplyKeyboardItHas() {
        assertThat(ReplyMerger.merge(List.of(new Reply("مقدمه", Reply.Keyboard.REMOVE), Reply.text("نام؟"))))
                .containsExactly(new Reply("مقدمه\n\nنام؟", Reply.Keyboard.REMOVE));
        assertThat(ReplyMerger.merge(List.of(new Reply("مقدمه", Reply.Keyboard.REMOVE), new Reply("شماره؟", SHARE))))
                .containsExactly(new Reply("مقدمه\n\nشماره؟", SHARE));
    }

    @Test
    void aReplyKeyboardStaysWithALaterTextAndALaterKeyboardReplacesIt() {
        assertThat(ReplyMerger.merge(List.of(new Reply("منو", MENU), Reply.text("راهنما"))))
                .containsExactly(new Reply("منو\n\nراهنما", MENU));
        assertThat(ReplyMerger.merge(List.of(new Reply("منو", MENU), new Reply("شماره؟", SHARE))))
                .containsExactly(new Reply("منو\n\nشماره؟", SHARE));
    }

    @Test
    void aTextGoesAboveTheNextInlineKeyboard() {
        assertThat(ReplyMerger.merge(List.of(Reply.text("پاسخ نادرست است."), new Reply("جنسیت؟", CHOICES))))
                .containsExactly(new Reply("پاسخ نادرست است.\n\nجنسیت؟", CHOICES));
    }

    @Test
    void twoReplyMarkupsStayTwoMessages() {
        List<Reply> removeThenInline = List.of(new Reply("مقدمه", Reply.Keyboard.REMOVE), new Reply("جنسیت؟", CHOICES));
        List<Reply> menuThenInline = List.of(new Reply("منو", MENU), new Reply("نوع درخواست؟", CHOICES));

        assertThat(ReplyMerger.merge(removeThenInline)).isEqualTo(removeThenInline);
        assertThat(ReplyMerger.merge(menuThenInline)).isEqualTo(menuThenInline);
    }

    @Test
    void anInlineKeyboardKeepsItsTextAndNothingIsAddedBelowIt() {
        List<Reply> listThenMenu = List.of(new Reply("درخواست‌ها", CHOICES), new Reply("منو", MENU));
        List<Reply> listThenText = List.of(new Reply("درخواست‌ها", CHOICES), Reply.text("راهنما"));

        assertThat(ReplyMerger.merge(listThenMenu)).isEqualTo(listThenMenu);
        assertThat(ReplyMerger.merge(listThenText)).isEqualTo(listThenText);
    }

    @Test
    void filesAndEmptyTextsAreNeverMerged() {
        Reply photo = Reply.media(new Reply.Media(Reply.Media.Kind.PHOTO, "lesson-media:1"), "");
        List<Reply> textThenPhoto = List.of(Reply.text("درس"), photo);
        List<Reply> photoThenMenu = List.of(photo, new Reply("منو", MENU));

        assertThat(ReplyMerger.merge(textThenPhoto)).isEqualTo(textThenPhoto);
        assertThat(ReplyMerger.merge(photoThenMenu)).isEqualTo(photoThenMenu);
    }

    @Test
    void textsThatTogetherPassTheMessengersLimitStayApart() {
        Reply longText = Reply.text("ا".repeat(ReplyMerger.MAX_TEXT - 3));
        List<Reply> tooLong = List.of(longText, new Reply("منو", MENU));
        Reply fitting = Reply.text("ا".repeat(ReplyMerger.MAX_TEXT - 2 - 3));

        assertThat(ReplyMerger.merge(tooLong)).isEqualTo(tooLong);
        assertThat(ReplyMerger.merge(List.of(fitting, new Reply("منو", MENU))))
                .singleElement().satisfies(m -> assertThat(m.text()).hasSize(ReplyMerger.MAX_TEXT));
    }

    @Test
    void aRunOfRepliesKeepsItsOrderAndMergesAsFarAsItCan() {
        List<Reply> sent = ReplyMerger.merge(List.of(Reply.text("۱"), Reply.text("۲"), new Reply("۳", CHOICES),
                Reply.text("۴"), new Reply("۵", MENU)));

        assertThat(sent).containsExactly(new Reply("۱\n\n۲\n\n۳", CHOICES), new Reply("۴\n\n۵", MENU));
    }
}
