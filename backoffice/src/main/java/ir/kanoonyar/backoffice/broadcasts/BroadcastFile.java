package ir.kanoonyar.backoffice.broadcasts;

import java.util.Optional;

import ir.kanoonyar.db.broadcast.MediaKind;
import ir.kanoonyar.db.request.AttachmentStore;

/**
 * A photo or document uploaded with a broadcast, checked by its bytes (never by the name or the type
 * the browser claims): photos are JPEG or PNG, documents PDF (or a picture sent as a file), at most
 * 10 MB (Telegram takes photos up to 10 MB).
 */
record BroadcastFile(MediaKind kind, String fileName, String contentType, byte[] bytes) {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** @throws BroadcastProblem.Refused when the file is too large or not of its kind */
    static BroadcastFile check(MediaKind kind, String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BroadcastProblem.Refused(BroadcastProblem.FILE_TOO_LARGE);
        }
        Optional<AttachmentStore.Kind> sniffed = AttachmentStore.sniff(bytes);
        String type = sniffed.map(AttachmentStore.Kind::contentType).orElse(null);
        if (kind == MediaKind.PHOTO && (type == null || !type.startsWith("image/") || type.equals("image/webp"))) {
            throw new BroadcastProblem.Refused(BroadcastProblem.NOT_A_PHOTO);
        }
        if (kind == MediaKind.DOCUMENT && type == null) {
            throw new BroadcastProblem.Refused(BroadcastProblem.NOT_A_DOCUMENT);
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new BroadcastFile(kind, name, type, bytes);
    }
}
