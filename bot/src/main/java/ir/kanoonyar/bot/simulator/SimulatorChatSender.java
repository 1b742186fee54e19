package ir.kanoonyar.bot.simulator;

import ir.kanoonyar.bot.channel.ChatSender;
import ir.kanoonyar.bot.channel.SendResult;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/** Delivers the bot's replies to the simulator page, through the same outbox as Telegram's. */
@Component
class SimulatorChatSender implements ChatSender {

    private final SimulatorTranscripts transcripts;

    SimulatorChatSender(SimulatorTranscripts transcripts) {
        this.transcripts = transcripts;
    }

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    @Override
    public SendResult send(long chatId, Reply reply) {
        Reply.Media media = reply.media();
        SimulatorTranscripts.Entry entry = media == null
                ? transcripts.add(chatId, true, reply.text(), reply.keyboard())
                : transcripts.add(chatId, true, reply.text(), reply.keyboard(), "simulator/api/media/" + media.id(),
                        media.kind() == Reply.Media.Kind.PHOTO);
        return new SendResult.Sent((int) entry.id());
    }
}
