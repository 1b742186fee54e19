package ir.kanoonyar.bot.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
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

    private final Map<Long, MediaFile> files = new ConcurrentHashMap<>();

    /**
     * fromBot: the bot's reply; otherwise what the person sent, as the page shows it. mediaKind and
     * mediaUrl: a file the bot sent (PHOTO, DOCUMENT or VIDEO, served at the URL), else null.
     */
    public record Entry(long id, boolean fromBot, String text, Reply.Keyboard keyboard, String mediaKind,
                        String mediaUrl) {
    }

    public Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard) {
        return add(chatId, fromBot, text, keyboard, null, null);
    }

    /** A file the bot sent, with its caption. */
    public Entry addFile(long chatId, String caption, Reply.Keyboard keyboard, Reply.Media.Kind kind, MediaFile file) {
        long id = ids.incrementAndGet();
        files.put(id, file);
        return add(chatId, id, true, caption, keyboard, kind.name(), "/simulator/api/files/" + id);
    }

    /** The file of an entry, if it has one. */
    public MediaFile file(long entryId) {
        return files.get(entryId);
    }

    private Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard, String kind, String url) {
        return add(chatId, ids.incrementAndGet(), fromBot, text, keyboard, kind, url);
    }

    private Entry add(long chatId, long id, boolean fromBot, String text, Reply.Keyboard keyboard, String kind,
                      String url) {
        Entry entry = new Entry(id, fromBot, text, keyboard, kind, url);
        List<Entry> entries = byChat.computeIfAbsent(chatId, chat -> new ArrayList<>());
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
