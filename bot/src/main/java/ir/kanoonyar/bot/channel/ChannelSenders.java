package ir.kanoonyar.bot.channel;

import ir.kanoonyar.db.person.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sender for each messenger. They always exist; one without a token answers every send with a
 * permanent failure, so rows for a messenger switched off do not pile up as retries.
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
