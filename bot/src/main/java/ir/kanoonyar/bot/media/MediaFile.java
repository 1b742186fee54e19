package ir.kanoonyar.bot.media;

/** A file's bytes, with the name and type the chat shows. */
public record MediaFile(String fileName, String contentType, byte[] bytes) {
}
