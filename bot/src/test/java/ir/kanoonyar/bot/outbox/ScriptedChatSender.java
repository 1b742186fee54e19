package ir.kanoonyar.bot.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.person.Channel;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A messenger in memory: records every call and answers as scripted per chat (then "sent"). Senders
 * may share one log of deliveries, to check that rows went out once across them.
 */
final class ScriptedChatSender implements ChatSender {

    /** One call to send: who, what, when on the test's clock, and which sender took it. */
    record Call(Channel channel, long chatId, Reply reply, Instant at, String by, SendResult result) {

        String text() {
            return reply.text();
        }
    }

    private final Channel channel;
    private final String name;
    private final List<Call> delivered;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, Deque<Supplier<SendResult>>> scripts = new HashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile Clock clock = Clock.systemUTC();

    ScriptedChatSender(Channel channel, String name, List<Call> delivered) {
        this.channel = channel;
        this.name = name;
        this.delivered = delivered;
    }

    ScriptedChatSender(Channel channel) {
        this(channel, channel.name(), Collections.synchronizedList(new ArrayList<>()));
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public SendResult send(long chatId, Reply reply) {
        Supplier<SendResult> next;
        synchronized (scripts) {
            Deque<Supplier<SendResult>> script = scripts.get(chatId);
            next = script == null ? null : script.poll();
        }
        Instant at = clock.instant();
        SendResult result;
        try {
            result = next == null ? new SendResult.Sent(messageIds.incrementAndGet()) : next.get();
        } catch (RuntimeException e) {
            calls.add(new Call(channel, chatId, reply, at, name, null));
            throw e;
        }
        Call call = new Call(channel, chatId, reply, at, name, result);
        calls.add(call);
        if (result instanceof SendResult.Sent) {
            delivered.add(call);
        }
        return result;
    }

    /** The next sends to this chat answer these, in order; later ones succeed. */
    void script(long chatId, SendResult... results) {
        synchronized (scripts) {
            Deque<Supplier<SendResult>> script = scripts.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            for (SendResult result : results) {
                script.add(() -> result);
            }
        }
    }

    /** The next send to this chat throws. */
    void scriptThrow(long chatId, RuntimeException exception) {
        synchronized (scripts) {
            scripts.computeIfAbsent(chatId, id -> new ArrayDeque<>()).add(() -> {
                throw exception;
            });
        }
    }

    void useClock(Clock clock) {
        this.clock = clock;
    }

    void reset() {
        synchronized (scripts) {
            scripts.clear();
        }
        calls.clear();
        delivered.clear();
        clock = Clock.systemUTC();
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Call> callsTo(long chatId) {
        return calls().stream().filter(call -> call.chatId() == chatId).toList();
    }

    List<Call> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    List<String> deliveredTexts() {
        return delivered().stream().map(Call::text).toList();
    }

    @Override
    public String toString() {
        return "ScriptedChatSender[" + name + "]";
    }

    /** Two scripted messengers as the bot's chat senders: Telegram and Bale. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Messengers {

        @Bean
        ScriptedChatSender telegramScript() {
            return new ScriptedChatSender(Channel.TELEGRAM);
        }

        @Bean
        ScriptedChatSender baleScript() {
            return new ScriptedChatSender(Channel.BALE);
        }
    }
}
