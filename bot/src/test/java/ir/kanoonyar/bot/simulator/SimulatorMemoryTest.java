package ir.kanoonyar.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
import org.junit.jupiter.api.Test;

/** What the simulator keeps in memory stays bounded however much is sent to it; the oldest goes. */
class SimulatorMemoryTest {

    static final int MB = 1024 * 1024;
    /** The settings' way of saying: 200 chats, 200 entries each, 64 MiB of files. */
    final SimulatorSettings settings = SimulatorSettings.defaults();

    @Test
    void twoHundredUploadsOfOneMegabyteKeepNoMoreThanTheCapAndTheNewest() throws IOException {
        SimulatorFiles files = new SimulatorFiles(settings);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[MB];
            bytes[0] = (byte) i;
            ids.add(files.put(bytes));
        }
        assertThat(files.bytesKept()).isLessThanOrEqualTo(settings.maxFileBytes()).isEqualTo(64L * MB);
        // The newest are served; the oldest are gone and say so instead of failing strangely.
        assertThat(files.download(ids.get(199), 20L * MB)[0]).isEqualTo((byte) 199);
        assertThat(files.download(ids.get(136), 20L * MB)[0]).isEqualTo((byte) 136);
        assertThatThrownBy(() -> files.download(ids.get(135), 20L * MB)).isInstanceOf(IOException.class)
                .hasMessageContaining("no longer kept");
        assertThatThrownBy(() -> files.download(ids.get(0), 20L * MB)).isInstanceOf(IOException.class);
    }

    @Test
    void anUploadLargerThanTheWholeCapIsNotKept() {
        SimulatorFiles files = new SimulatorFiles(new SimulatorSettings(true, null, null, 4L * MB));
        String small = files.put(new byte[MB]);
        String huge = files.put(new byte[5 * MB]);
        assertThat(files.bytesKept()).isEqualTo(MB);
        assertThatThrownBy(() -> files.download(huge, 20L * MB)).isInstanceOf(IOException.class);
        assertThat(small).isNotEqualTo(huge);
    }

    @Test
    void aChatKeepsItsLastMessagesOnly() {
        SimulatorTranscripts transcripts = new SimulatorTranscripts(settings);
        for (int i = 1; i <= 1000; i++) {
            transcripts.add(7, i % 2 == 0, "پیام " + i, null);
        }
        List<SimulatorTranscripts.Entry> kept = transcripts.after(7, 0);
        assertThat(kept).hasSize(settings.maxMessagesPerChat());
        assertThat(kept.get(0).text()).isEqualTo("پیام 801");
        assertThat(kept.get(kept.size() - 1).text()).isEqualTo("پیام 1000");
        // The page asks for what came after the last id it saw: that still works.
        assertThat(transcripts.after(7, kept.get(198).id())).extracting(SimulatorTranscripts.Entry::text)
                .containsExactly("پیام 1000");
    }

    @Test
    void theLeastRecentlyActiveChatsGoFirst() {
        SimulatorTranscripts transcripts = new SimulatorTranscripts(new SimulatorSettings(true, 3, null, null));
        transcripts.add(1, false, "یک", null);
        transcripts.add(2, false, "دو", null);
        transcripts.add(3, false, "سه", null);
        transcripts.add(1, true, "یک دوباره", null);
        // Reading does not count as activity.
        transcripts.after(2, 0);
        transcripts.add(4, false, "چهار", null);
        assertThat(transcripts.chats()).isEqualTo(3);
        assertThat(transcripts.after(2, 0)).isEmpty();
        assertThat(transcripts.after(1, 0)).hasSize(2);
        assertThat(transcripts.after(3, 0)).hasSize(1);
        assertThat(transcripts.after(4, 0)).hasSize(1);

        for (long chat = 10; chat < 1010; chat++) {
            transcripts.add(chat, false, "سلام", null);
        }
        assertThat(transcripts.chats()).isEqualTo(3);
    }

    @Test
    void filesTheBotSentAreBoundedAndGoWithTheirMessages() {
        SimulatorTranscripts transcripts = new SimulatorTranscripts(new SimulatorSettings(true, 2, 5, 3L * MB));
        List<SimulatorTranscripts.Entry> sent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sent.add(transcripts.addFile(1, "گواهی", null, Reply.Media.Kind.DOCUMENT,
                    new MediaFile("certificate.pdf", "application/pdf", new byte[MB])));
        }
        assertThat(transcripts.file(sent.get(9).id())).isNotNull();
        assertThat(transcripts.file(sent.get(7).id())).isNotNull();
        assertThat(transcripts.file(sent.get(6).id())).isNull();
        // A chat that falls out takes its files with it.
        transcripts.add(2, false, "دو", null);
        transcripts.add(3, false, "سه", null);
        assertThat(transcripts.after(1, 0)).isEmpty();
        assertThat(transcripts.file(sent.get(9).id())).isNull();
    }
}
