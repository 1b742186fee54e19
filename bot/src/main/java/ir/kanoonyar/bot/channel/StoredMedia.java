package ir.kanoonyar.bot.channel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ir.kanoonyar.db.broadcast.BroadcastMedia;
import ir.kanoonyar.db.broadcast.BroadcastMediaStore;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/**
 * The files of broadcasts as the senders need them: the bytes for the first upload to a messenger, and
 * afterwards the file id that messenger gave back (kept in the database, so other bot instances and a
 * restart reuse it too). Within this instance the first upload of a file to a messenger is made by
 * one sender while the others wait for its file id, so 100,000 recipients cost one upload.
 */
@Component
public class StoredMedia {

    private final BroadcastMediaStore store;
    private final Map<String, Object> firstUploads = new ConcurrentHashMap<>();

    public StoredMedia(BroadcastMediaStore store) {
        this.store = store;
    }

    public Optional<BroadcastMedia> find(long mediaId) {
        return store.find(mediaId);
    }

    public Optional<String> fileId(long mediaId, Channel channel) {
        return store.fileId(mediaId, channel);
    }

    public Optional<byte[]> bytes(long mediaId) {
        return store.bytes(mediaId);
    }

    public void remember(long mediaId, Channel channel, String fileId) {
        store.rememberFileId(mediaId, channel, fileId);
    }

    /** The lock one upload of a file to a messenger is made under. */
    Object uploadLock(long mediaId, Channel channel) {
        return firstUploads.computeIfAbsent(channel + ":" + mediaId, key -> new Object());
    }
}
