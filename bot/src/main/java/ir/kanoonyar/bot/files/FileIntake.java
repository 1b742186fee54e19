package ir.kanoonyar.bot.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.request.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a photo or document a person sent into the attachment store: fetched from the messenger,
 * checked by size and by its content, kept. Says in Persian what was wrong otherwise.
 */
@Component
public class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

    private final Map<Channel, FileSource> sources;
    private final AttachmentStore store;

    public FileIntake(List<FileSource> sources, AttachmentStore store) {
        this.sources = sources.stream().collect(Collectors.toMap(FileSource::channel, Function.identity()));
        this.store = store;
    }

    /** The attachment kept (its id), or the text that explains the refusal. */
    public record Outcome(Long attachmentId, Text refusal) {
    }

    public Outcome take(Channel channel, String fieldKey, String fileId, String fileName, boolean photo) {
        return intake(channel, fileId, bytes -> store.keep(bytes, photo, fieldKey, fileName, fileId));
    }

    /** A voice note (Ogg), for a ticket's thread. */
    public Outcome takeVoice(Channel channel, String fieldKey, String fileId) {
        return intake(channel, fileId, bytes -> store.keepVoice(bytes, fieldKey, fileId));
    }

    private Outcome intake(Channel channel, String fileId, Function<byte[], AttachmentStore.Result> keep) {
        FileSource source = sources.get(channel);
        if (source == null) {
            return new Outcome(null, Text.FILE_UNREACHABLE);
        }
        byte[] bytes;
        try {
            bytes = source.download(fileId, store.maxBytes());
        } catch (FileSource.FileTooLargeException e) {
            return new Outcome(null, Text.FILE_TOO_LARGE);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not fetch file {} from {}: {}", fileId, channel, e.toString());
            return new Outcome(null, Text.FILE_UNREACHABLE);
        }
        AttachmentStore.Result kept = keep.apply(bytes);
        if (kept.kept()) {
            return new Outcome(kept.attachment().getId(), null);
        }
        return new Outcome(null, switch (kept.refusal()) {
            case EMPTY, NOT_A_DOCUMENT -> Text.FILE_NOT_DOCUMENT;
            case TOO_LARGE -> Text.FILE_TOO_LARGE;
            case NOT_A_PHOTO -> Text.FILE_NOT_PHOTO;
            case NOT_A_VOICE -> Text.FILE_NOT_VOICE;
        });
    }

    /** A file's bytes as fetched, or why they could not be ({@link Text#FILE_TOO_LARGE} or unreachable). */
    public record Fetched(byte[] bytes, Text refusal) {
    }

    /**
     * Fetches a file's bytes without keeping it as an attachment (a members spreadsheet): at most
     * maxBytes are read, a larger file is refused before or while reading.
     */
    public Fetched fetch(Channel channel, String fileId, long maxBytes) {
        FileSource source = sources.get(channel);
        if (source == null) {
            return new Fetched(null, Text.FILE_UNREACHABLE);
        }
        try {
            return new Fetched(source.download(fileId, maxBytes), null);
        } catch (FileSource.FileTooLargeException e) {
            return new Fetched(null, Text.FILE_TOO_LARGE);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not fetch file {} from {}: {}", fileId, channel, e.toString());
            return new Fetched(null, Text.FILE_UNREACHABLE);
        }
    }
}
