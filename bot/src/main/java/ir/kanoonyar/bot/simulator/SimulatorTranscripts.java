package ir.kanoonyar.bot.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ir.kanoonyar.bot.conversation.Reply;
import org.springframework.stereotype.Component;

/**
 * What each simulated chat has seen, both ways, for the simulator page to show. Kept in memory:
 * the conversation itself lives in the database like any other, only this transcript is lost on a
 * restart.
 */
@Component
public class SimulatorTranscripts {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, List<Entry>> byChat = new ConcurrentHashMap<>();

    /** fromBot: the bot's reply; otherwise what the person sent, as the page shows it. */
    public record Entry(long id, boolean fromBot, String text, Reply.Keyboard keyboard) {
    }

    public Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard) {
        Entry entry = new Entry(ids.incrementAndGet(), fromBot, text, keyboard);
        List<Entry> entries = byChat.computeIfAbsent(chatId, id -> new ArrayList<>());
        synchronized (entries) {
            entries.add(entry);
        }
        return entry;
    }

    public List<Entry> after(long chatId, long afterId) {
        List<Entry> entries = byChat.getOrDefault(chatId, List.of());
        synchronized (entries) {
            return entries.stream().filter(e -> e.id() > afterId).toList();
        }
    }
}
