package ir.kanoonyar.bot.outbox;

import java.time.Clock;

import ir.kanoonyar.bot.instance.BotInstance;
import ir.kanoonyar.bot.instance.InstanceSettings;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.PersonChatRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The outbox sender over every {@link ChatSender} bean (one per channel), and its background loop. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
class OutboxConfiguration {

    @Bean
    OutboxSender outboxSender(OutboxMessageRepository outbox, PersonChatRepository chats,
                              PlatformTransactionManager transactionManager, ObjectProvider<ChatSender> senders,
                              OutboxSettings settings, Clock clock, BotInstance instance) {
        return new OutboxSender(outbox, chats, transactionManager, senders.orderedStream().toList(), settings, clock,
                Sleeper.THREAD, instance);
    }

    @Bean
    DeadSenderRelease deadSenderRelease(OutboxSender sender, InstanceSettings settings) {
        return new DeadSenderRelease(sender, settings);
    }

    @Bean
    OutboxLoop outboxLoop(OutboxSender sender, OutboxSettings settings, OutboxDoorbell doorbell) {
        OutboxLoop loop = new OutboxLoop(sender, settings);
        doorbell.onRing(loop::wake);
        return loop;
    }
}
