package ir.kanoonyar.bot.files;

import java.io.IOException;

import ir.kanoonyar.db.person.Channel;

/** Where the bytes of a file a person sent come from: the messenger's getFile, or the simulator. */
public interface FileSource {

    Channel channel();

    /**
     * @throws FileTooLargeException when the file is larger than maxBytes (checked before and while reading)
     * @throws IOException           when the messenger cannot be reached or does not have the file
     */
    byte[] download(String fileId, long maxBytes) throws IOException;

    class FileTooLargeException extends IOException {
        public FileTooLargeException(long size) {
            super("file of " + size + " bytes is too large");
        }
    }
}
