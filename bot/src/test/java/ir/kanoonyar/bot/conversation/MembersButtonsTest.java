package ir.kanoonyar.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The members roster's buttons: each reads back as itself, within 64 bytes; forged data read as nothing. */
class MembersButtonsTest {

    @Test
    void everyMembersButtonRoundTrips() {
        List<ButtonData> buttons = List.of(new ButtonData.MembersPage(Long.MAX_VALUE, Integer.MAX_VALUE),
                new ButtonData.MemberAdd(Long.MAX_VALUE), new ButtonData.MembersTemplate(1),
                new ButtonData.MembersUpload(2), new ButtonData.MemberOpen(Long.MAX_VALUE),
                new ButtonData.MemberEdit(Long.MAX_VALUE, "NATIONAL_CODE"), new ButtonData.MemberRemove(4),
                new ButtonData.MemberRemoveYes(5), new ButtonData.MemberChoice("FEMALE"),
                new ButtonData.MembersImport(), new ButtonData.MembersCancel());
        for (ButtonData button : buttons) {
            assertThat(ButtonCodec.decode(ButtonCodec.encode(Integer.MAX_VALUE, button), Integer.MAX_VALUE))
                    .as(button.toString()).contains(button);
        }
    }

    @Test
    void forgedMembersDataReadAsNothing() {
        for (String forged : List.of("3|mb:p:abc:0", "3|mb:p:1", "3|mb:add:", "3|mb:o:1:2", "3|mb:e:1:", "3|mb:c:",
                "3|mb:ok:1", "3|mb:zz:1", "3|mb:", "3|mb:rm:99999999999999999999")) {
            assertThat(ButtonCodec.decode(forged, 3)).as(forged).isEmpty();
        }
    }
}
