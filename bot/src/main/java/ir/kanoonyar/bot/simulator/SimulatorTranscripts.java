package ir.kanoonyar.bot.simulator;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
import org.springframework.stereotype.Component;

/**
 * What each simulated chat has seen, both ways, for the simulator page to show. Kept in memory:
 * the conversation itself lives in the database like any other, only this transcript is lost on a
 * restart. Bounded (see {@link SimulatorSettings}): the last entries of each chat, the most recently
 * active chats, and a total size of the files the bot sent; what falls out is simply no longer shown.
 */
@Component
@ConditionalOnSimulator
public class SimulatorTranscripts {

    private final int maxChats;
    private final int maxEntriesPerChat;
    /** Access-ordered: the first chat is the one least recently written to. Guarded by itself. */
    private final LinkedHashMap<Long, ArrayDeque<Entry>> byChat = new LinkedHashMap<>(16, 0.75f, true);
    private final BoundedFiles<Long, MediaFile> files;
    private long lastId;

    SimulatorTranscripts(SimulatorSettings settings) {
        this.maxChats = settings.maxChats();
        this.maxEntriesPerChat = settings.maxMessagesPerChat();
        this.files = new BoundedFiles<>(settings.maxFileBytes(), file -> file.bytes().length);
    }

    /**
     * fromBot: the bot's reply; otherwise what the person sent, as the page shows it. mediaKind and
     * mediaUrl: a file the bot sent (PHOTO, DOCUMENT or VIDEO, served at the URL), else null.
     */
    public record Entry(long id, boolean fromBot, String text, Reply.Keyboard keyboard, String mediaKind,
                        String mediaUrl) {
    }

    public Entry add(long chatId, boolean fromBot, String text, Reply.Keyboard keyboard) {
        synchronized (byChat) {
            return append(chatId, new Entry(++lastId, fromBot, text, keyboard, null, null));
        }
    }

    /** A file the bot sent, with its caption. */
    public Entry addFile(long chatId, String caption, Reply.Keyboard keyboard, Reply.Media.Kind kind, MediaFile file) {
        synchronized (byChat) {
            long id = ++lastId;
            files.put(id, file);
            return append(chatId, new Entry(id, true, caption, keyboard, kind.name(), "/simulator/api/files/" + id));
        }
    }

    /** The file of an entry, if it has one and it is still kept. */
    public MediaFile file(long entryId) {
        return files.get(entryId);
    }

    public List<Entry> after(long chatId, long afterId) {
        synchronized (byChat) {
            // A read does not count as activity: look without reordering.
            for (Map.Entry<Long, ArrayDeque<Entry>> chat : byChat.entrySet()) {
                if (chat.getKey() == chatId) {
                    return chat.getValue().stream().filter(e -> e.id() > afterId).toList();
                }
            }
            return List.of();
        }
    }

    /** How many chats are kept now. */
    int chats() {
        synchronized (byChat) {
            return byChat.size();
        }
    }

    private Entry append(long chatId, Entry entry) {
        ArrayDeque<Entry> entries = byChat.computeIfAbsent(chatId, chat -> new ArrayDeque<>());
        entries.addLast(entry);
        while (entries.size() > maxEntriesPerChat) {
            forget(entries.removeFirst());
        }
        Iterator<ArrayDeque<Entry>> leastActive = byChat.values().iterator();
        while (byChat.size() > maxChats) {
            leastActive.next().forEach(this::forget);
            leastActive.remove();
        }
        return entry;
    }

    private void forget(Entry entry) {
        if (entry.mediaUrl() != null) {
            files.remove(entry.id());
        }
    }
}
