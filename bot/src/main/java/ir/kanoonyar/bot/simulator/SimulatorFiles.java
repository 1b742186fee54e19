package ir.kanoonyar.bot.simulator;

import java.io.IOException;
import java.util.UUID;

import ir.kanoonyar.bot.files.FileSource;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/**
 * Files uploaded on the simulator page, served to the bot as a messenger's getFile would. Kept in
 * memory up to {@link SimulatorSettings#maxFileBytes()} in all; older uploads go first (the bot takes
 * an upload into its own attachment store as soon as it handles the update, so only a file nobody
 * asked for is lost).
 */
@Component
@ConditionalOnSimulator
class SimulatorFiles implements FileSource {

    private final BoundedFiles<String, byte[]> files;

    SimulatorFiles(SimulatorSettings settings) {
        this.files = new BoundedFiles<>(settings.maxFileBytes(), bytes -> bytes.length);
    }

    /** The file id the update carries; the file may be forgotten at once if it alone exceeds the budget. */
    String put(byte[] bytes) {
        String fileId = "sim-" + UUID.randomUUID();
        files.put(fileId, bytes);
        return fileId;
    }

    /** Bytes of uploads kept now. */
    long bytesKept() {
        return files.bytes();
    }

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) throws IOException {
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            throw new IOException("no simulator file " + fileId + " (never uploaded, or no longer kept)");
        }
        if (bytes.length > maxBytes) {
            throw new FileTooLargeException(bytes.length);
        }
        return bytes;
    }
}
