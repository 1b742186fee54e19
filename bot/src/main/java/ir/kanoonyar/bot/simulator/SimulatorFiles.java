package ir.kanoonyar.bot.simulator;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import ir.kanoonyar.bot.files.FileSource;
import ir.kanoonyar.db.person.Channel;
import org.springframework.stereotype.Component;

/** Files uploaded on the simulator page, served to the bot as a messenger's getFile would. */
@Component
class SimulatorFiles implements FileSource {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    String put(byte[] bytes) {
        String fileId = "sim-" + UUID.randomUUID();
        files.put(fileId, bytes);
        return fileId;
    }

    @Override
    public Channel channel() {
        return Channel.SIMULATOR;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) throws IOException {
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            throw new IOException("no simulator file " + fileId);
        }
        if (bytes.length > maxBytes) {
            throw new FileTooLargeException(bytes.length);
        }
        return bytes;
    }
}
