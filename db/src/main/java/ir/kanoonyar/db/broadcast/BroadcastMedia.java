package ir.kanoonyar.db.broadcast;

/** A broadcast's photo or document: its facts; the bytes are read apart, only when they are sent. */
public record BroadcastMedia(long id, MediaKind kind, String fileName, String contentType, long sizeBytes) {
}
