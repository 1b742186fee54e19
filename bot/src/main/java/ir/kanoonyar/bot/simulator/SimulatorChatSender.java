package ir.kanoonyar.bot.simulator;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.bot.outbox.ChatSender;
import ir.kanoonyar.bot.outbox.SendResult;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/** Delivers the bot's replies to the simulator page, through the same outbox as Telegram's. */
@Component
@ConditionalOnSimulator
class SimulatorChatSender implements ChatSender {

    private final SimulatorTranscripts transcripts;
    private final MediaLibrary media;

    SimulatorChatSender(SimulatorTranscripts transcripts, MediaLibrary media) {
        this.transcripts = transcripts;
        this.media = media;
    }

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    @Override
    public SendResult send(long chatId, Reply reply) {
        if (reply.media() != null) {
            MediaFile file = media.find(reply.media().source()).orElse(null);
            if (file == null) {
                return new SendResult.PermanentFailure("no file for " + reply.media().source());
            }
            SimulatorTranscripts.Entry entry = transcripts.addFile(chatId, reply.text(), reply.keyboard(),
                    reply.media().kind(), file);
            return new SendResult.Sent((int) entry.id());
        }
        SimulatorTranscripts.Entry entry = transcripts.add(chatId, true, reply.text(), reply.keyboard());
        return new SendResult.Sent((int) entry.id());
    }
}
