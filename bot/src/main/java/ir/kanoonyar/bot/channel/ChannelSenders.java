package ir.kanoonyar.bot.channel;

import ir.kanoonyar.db.person.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sender for each messenger. They always exist; one without a token says it is not enabled, and
 * the outbox sender of this instance then leaves that messenger's rows to an instance that has one.
 */
@Configuration(proxyBeanMethods = false)
class ChannelSenders {

    @Bean
    ChatSender telegramSender(Messengers messengers) {
        return new TelegramChatSender(Channel.TELEGRAM, messengers);
    }

    @Bean
    ChatSender baleSender(Messengers messengers) {
        return new TelegramChatSender(Channel.BALE, messengers);
    }
}
