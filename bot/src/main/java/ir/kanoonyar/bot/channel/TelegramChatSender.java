package ir.kanoonyar.bot.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
import ir.kanoonyar.bot.media.MediaLibrary;
import ir.kanoonyar.bot.outbox.ChatSender;
import ir.kanoonyar.bot.outbox.SendResult;
import ir.kanoonyar.db.outbox.MediaUploads;
import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends replies through a messenger's Bot API (Telegram, or Bale with the same code), and turns its
 * answers into what the outbox needs to know: 429 → wait, 403 → blocked, 5xx or network → retry,
 * other 4xx → give up, except a shared file's id the messenger no longer knows → upload it again.
 */
public class TelegramChatSender implements ChatSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatSender.class);

    private final Channel channel;
    private final Messengers messengers;
    private final MediaLibrary media;
    private final MediaUploads uploads;
    /** One lock per shared file, so only one send worker uploads it to this messenger. */
    private final Map<String, Object> firstUploads = new ConcurrentHashMap<>();
    /** File ids already known, so a 100,000-recipient broadcast reads media_upload once, not per send. */
    private final Map<String, String> knownFileIds = new ConcurrentHashMap<>();

    public TelegramChatSender(Channel channel, Messengers messengers, MediaLibrary media, MediaUploads uploads) {
        this.channel = channel;
        this.messengers = messengers;
        this.media = media;
        this.uploads = uploads;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public boolean enabled() {
        return messengers.of(channel).isPresent();
    }

    @Override
    public SendResult send(long chatId, Reply reply) {
        Messenger messenger = messengers.of(channel).orElse(null);
        if (messenger == null) {
            return new SendResult.PermanentFailure(channel + " has no token");
        }
        if (reply.media() != null) {
            return sendMedia(messenger, chatId, reply);
        }
        SendMessage message = SendMessage.builder().chatId(chatId).text(reply.text()).build();
        ReplyKeyboard markup = markup(reply.keyboard());
        if (markup != null) {
            message.setReplyMarkup(markup);
        }
        return execute(() -> messenger.client().execute(message));
    }

    /**
     * A photo, document or video; the text is its caption. A file many chats get (a broadcast's, a
     * lesson's) is uploaded to this messenger once: the first send uploads the bytes, while the other
     * send workers wait for it, and keeps the file id the messenger gives back; every later send names
     * that id and uploads nothing. A file for one chat (a certificate) is read and uploaded each time.
     */
    private SendResult sendMedia(Messenger messenger, long chatId, Reply reply) {
        String source = reply.media().source();
        if (!MediaLibrary.isShared(source)) {
            return upload(messenger, chatId, reply, false);
        }
        Optional<SendResult> byId = sendByKnownId(messenger, chatId, reply, source);
        if (byId.isPresent()) {
            return byId.get();
        }
        synchronized (firstUploads.computeIfAbsent(source, key -> new Object())) {
            byId = sendByKnownId(messenger, chatId, reply, source);
            return byId.isPresent() ? byId.get() : upload(messenger, chatId, reply, true);
        }
    }

    /**
     * Sends the file by the id this messenger gave it, if there is one it still knows; empty when the
     * file has to be uploaded. An id it no longer knows (the operator moved to a new bot, whose file ids
     * differ) is forgotten, so that one upload replaces it instead of every send failing.
     */
    private Optional<SendResult> sendByKnownId(Messenger messenger, long chatId, Reply reply, String source) {
        Optional<String> known = fileId(source);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        SendResult result = sendFile(messenger, chatId, reply, new InputFile(known.get()), false);
        if (!isUnknownFile(result)) {
            return Optional.of(result);
        }
        log.info("{} no longer knows the file id of {}; uploading it again", channel, source);
        knownFileIds.remove(source, known.get());
        try {
            uploads.forget(source, channel, known.get());
        } catch (RuntimeException e) {
            // This instance uploads again anyway; another one finds out the same way.
            log.warn("Could not forget the {} file id of {}: {}", channel, source, e.toString());
        }
        return Optional.empty();
    }

    /** Telegram's "wrong file identifier", "wrong remote file identifier" and the like. */
    private static boolean isUnknownFile(SendResult result) {
        if (!(result instanceof SendResult.PermanentFailure failure) || failure.description() == null) {
            return false;
        }
        String description = failure.description().toLowerCase(Locale.ROOT);
        return description.contains("file identifier") || description.contains("file_id")
                || description.contains("file reference") || description.contains("file_reference");
    }

    private Optional<String> fileId(String source) {
        String known = knownFileIds.get(source);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> stored = uploads.fileId(source, channel);
        stored.ifPresent(id -> knownFileIds.put(source, id));
        return stored;
    }

    private SendResult upload(Messenger messenger, long chatId, Reply reply, boolean remember) {
        MediaFile file = media.find(reply.media().source()).orElse(null);
        if (file == null) {
            return new SendResult.PermanentFailure("no file for " + reply.media().source());
        }
        InputFile input = new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName());
        return sendFile(messenger, chatId, reply, input, remember);
    }

    private SendResult sendFile(Messenger messenger, long chatId, Reply reply, InputFile input, boolean remember) {
        String caption = reply.text().isEmpty() ? null : reply.text();
        ReplyKeyboard markup = markup(reply.keyboard());
        Reply.Media.Kind kind = reply.media().kind();
        return execute(() -> {
            Message sent = switch (kind) {
                case PHOTO -> messenger.client().execute(SendPhoto.builder().chatId(chatId).photo(input)
                        .caption(caption).replyMarkup(markup).build());
                case DOCUMENT -> messenger.client().execute(SendDocument.builder().chatId(chatId)
                        .document(input).caption(caption).replyMarkup(markup).build());
                case VIDEO -> messenger.client().execute(SendVideo.builder().chatId(chatId).video(input)
                        .caption(caption).replyMarkup(markup).build());
            };
            if (remember) {
                remember(reply.media().source(), fileIdOf(sent, kind));
            }
            return sent;
        });
    }

    private void remember(String source, String fileId) {
        if (fileId == null) {
            return;
        }
        knownFileIds.put(source, fileId);
        try {
            uploads.remember(source, channel, fileId);
        } catch (RuntimeException e) {
            // This instance reuses the id; another instance, or this one after a restart, uploads again.
            log.warn("Could not keep the {} file id of {}: {}", channel, source, e.toString());
        }
    }

    /**
     * The id of the file the messenger kept: of the kind sent, else of whatever kind it filed it
     * under (a video it cannot stream comes back as a document or an animation); for a photo, of its
     * largest size (they come smallest first). Null only when the answer names no file at all, and
     * then every later send uploads again.
     */
    private static String fileIdOf(Message sent, Reply.Media.Kind kind) {
        if (sent == null) {
            return null;
        }
        String photo = sent.getPhoto() == null || sent.getPhoto().isEmpty() ? null
                : sent.getPhoto().get(sent.getPhoto().size() - 1).getFileId();
        String document = sent.getDocument() == null ? null : sent.getDocument().getFileId();
        String video = sent.getVideo() == null ? null : sent.getVideo().getFileId();
        String animation = sent.getAnimation() == null ? null : sent.getAnimation().getFileId();
        String asSent = switch (kind) {
            case PHOTO -> photo;
            case DOCUMENT -> document;
            case VIDEO -> video;
        };
        return Stream.of(asSent, document, video, animation, photo).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private interface Call {
        Message run() throws TelegramApiException;
    }

    private SendResult execute(Call call) {
        try {
            Message sent = call.run();
            return new SendResult.Sent(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return e.getCause() instanceof IOException || e.getCause() == null
                    ? new SendResult.TransientFailure(e.toString())
                    : new SendResult.TransientFailure(e.getCause().toString());
        } catch (RuntimeException e) {
            return new SendResult.TransientFailure(e.toString());
        }
    }

    @Override
    public void acknowledge(String callbackId) {
        messengers.of(channel).filter(Messenger::supportsCallbackAnswers).ifPresent(messenger -> {
            try {
                messenger.client().execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).build());
            } catch (Exception e) {
                // Only the button's spinner depends on it; the reply itself goes through the outbox.
                log.debug("answerCallbackQuery failed: {}", e.toString());
            }
        });
    }

    static SendResult classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String description = e.getApiResponse() == null ? e.getMessage() : e.getApiResponse();
        if (code == null) {
            return new SendResult.TransientFailure(description);
        }
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.RetryAfter(Duration.ofSeconds(seconds == null ? 1 : seconds));
        }
        if (code == 403) {
            return new SendResult.Blocked(description);
        }
        if (code >= 500) {
            return new SendResult.TransientFailure(code + " " + description);
        }
        return new SendResult.PermanentFailure(code + " " + description);
    }

    static ReplyKeyboard markup(Reply.Keyboard keyboard) {
        return switch (keyboard.kind()) {
            case NONE -> null;
            case REMOVE -> ReplyKeyboardRemove.builder().removeKeyboard(true).build();
            case INLINE -> InlineKeyboardMarkup.builder().keyboard(keyboard.rows().stream()
                    .map(row -> new InlineKeyboardRow(row.stream()
                            .map(b -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build())
                            .toList()))
                    .toList()).build();
            case REPLY -> {
                List<KeyboardRow> rows = keyboard.rows().stream()
                        .map(row -> new KeyboardRow(row.stream().map(TelegramChatSender::replyButton).toList()))
                        .toList();
                boolean sharing = keyboard.rows().stream().flatMap(List::stream)
                        .anyMatch(b -> b.request() != Reply.Button.Request.NONE);
                // A share button is used once; the menu stays.
                yield ReplyKeyboardMarkup.builder().keyboard(rows).resizeKeyboard(true).oneTimeKeyboard(sharing).build();
            }
        };
    }

    private static KeyboardButton replyButton(Reply.Button button) {
        return switch (button.request()) {
            case CONTACT -> KeyboardButton.builder().text(button.text()).requestContact(true).build();
            case LOCATION -> KeyboardButton.builder().text(button.text()).requestLocation(true).build();
            case NONE -> KeyboardButton.builder().text(button.text()).build();
        };
    }
}
