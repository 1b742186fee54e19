package ir.kanoonyar.bot.channel;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import ir.kanoonyar.bot.files.FileSource;
import ir.kanoonyar.db.person.Channel;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Fetches a file with getFile and then its bytes. TelegramBots' own download always goes to
 * Telegram's host, so the URL is built here from the messenger's base URL (Bale's, or a test's).
 */
public class TelegramFileSource implements FileSource {

    private final Channel channel;
    private final Messengers messengers;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60)).build();

    public TelegramFileSource(Channel channel, Messengers messengers) {
        this.channel = channel;
        this.messengers = messengers;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) throws IOException {
        Messenger messenger = messengers.of(channel).orElseThrow(() -> new IOException(channel + " has no token"));
        File file;
        try {
            file = messenger.client().execute(new GetFile(fileId));
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + e.getMessage(), e);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new FileTooLargeException(file.getFileSize());
        }
        String url = messenger.url().getSchema() + "://" + messenger.url().getHost() + ":" + messenger.url().getPort()
                + "/file/bot" + messenger.token() + "/" + file.getFilePath();
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("file download answered " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new FileTooLargeException(bytes.length);
                }
                return bytes;
            }
        }
    }
}
