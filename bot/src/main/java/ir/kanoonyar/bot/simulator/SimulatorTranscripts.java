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

    /**
     * fromBot: the bot's reply; otherwise what the person sent, as the page shows it. mediaUrl: where the
     * page finds the photo or document that came with it (photo tells which), or null.
     */
    public record Entry(long id, boolean fromBot, String text, Reply.Keyboard keyboard, String mediaUrl,
                        boolean photo) {
    }

    public Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard) {
        return add(chatId, fromBot, text, keyboard, null, false);
    }

    public Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard, String mediaUrl,
                     boolean photo) {
        Entry entry = new Entry(ids.incrementAndGet(), fromBot, text, keyboard, mediaUrl, photo);
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
