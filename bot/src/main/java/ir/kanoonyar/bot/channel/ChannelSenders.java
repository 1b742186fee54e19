package ir.kanoonyar.bot.channel;

import ir.kanoonyar.bot.files.FileSource;
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.bot.outbox.ChatSender;
import ir.kanoonyar.db.outbox.MediaUploads;
import ir.kanoonyar.db.person.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A sender and a file source for each messenger. They always exist; one without a token says it is not enabled, and
 * the outbox sender of this instance then leaves that messenger's rows to an instance that has one.
 */
@Configuration(proxyBeanMethods = false)
class ChannelSenders {

    @Bean
    ChatSender telegramSender(Messengers messengers, MediaLibrary media, MediaUploads uploads) {
        return new TelegramChatSender(Channel.TELEGRAM, messengers, media, uploads);
    }

    @Bean
    ChatSender baleSender(Messengers messengers, MediaLibrary media, MediaUploads uploads) {
        return new TelegramChatSender(Channel.BALE, messengers, media, uploads);
    }

    @Bean
    FileSource telegramFiles(Messengers messengers) {
        return new TelegramFileSource(Channel.TELEGRAM, messengers);
    }

    @Bean
    FileSource baleFiles(Messengers messengers) {
        return new TelegramFileSource(Channel.BALE, messengers);
    }
}
