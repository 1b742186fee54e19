package ir.kanoonyar.bot.fakeapi;

/**
 * A file part of a multipart/form-data request, as received.
 *
 * @param field       the part's name (TelegramBots names the part after the file's media name, and puts
 *                    {@code attach://<name>} in the method's own field, e.g. {@code document})
 * @param fileName    the part's {@code filename}, or null
 * @param contentType the part's Content-Type, or null (TelegramBots always sends application/octet-stream)
 * @param bytes       the part's content
 */
public record UploadedFile(String field, String fileName, String contentType, byte[] bytes) {

    @Override
    public String toString() {
        return "UploadedFile[field=" + field + ", fileName=" + fileName + ", contentType=" + contentType
                + ", " + bytes.length + " bytes]";
    }
}
