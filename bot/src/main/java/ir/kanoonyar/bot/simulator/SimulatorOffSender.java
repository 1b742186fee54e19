package ir.kanoonyar.bot.simulator;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.outbox.ChatSender;
import ir.kanoonyar.bot.outbox.SendResult;
import ir.kanoonyar.db.person.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulator's channel while the simulator is off. Rows for simulator chats can still be written
 * (a broadcast or a reminder reaching a chat made while it was on); with no page to show them they
 * fail at once, with the reason recorded, instead of waiting in the outbox for ever and keeping a
 * broadcast from finishing.
 */
@Component
@ConditionalOnProperty(name = SimulatorSettings.ENABLED, havingValue = "false", matchIfMissing = true)
class SimulatorOffSender implements ChatSender {

    static final String REASON = "the chat simulator is off on this bot (kanoonyar.simulator.enabled=false)";

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    @Override
    public SendResult send(long chatId, Reply reply) {
        return new SendResult.PermanentFailure(REASON);
    }
}
