package ir.kanoonyar.bot.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.db.broadcast.BroadcastMedia;
import ir.kanoonyar.db.person.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
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
 * other 4xx → give up.
 */
public class TelegramChatSender implements ChatSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatSender.class);

    private final Channel channel;
    private final Messengers messengers;
    private final StoredMedia media;

    public TelegramChatSender(Channel channel, Messengers messengers, StoredMedia media) {
        this.channel = channel;
        this.messengers = messengers;
        this.media = media;
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
        try {
            Message sent = messenger.client().execute(message);
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

    /**
     * A photo or document with the text as its caption. The first send of a file to this messenger
     * uploads its bytes (one sender at a time, the others wait) and keeps the file id the messenger gives
     * back; every later send names that id and uploads nothing.
     */
    private SendResult sendMedia(Messenger messenger, long chatId, Reply reply) {
        long mediaId = reply.media().id();
        Optional<String> known = media.fileId(mediaId, channel);
        if (known.isPresent()) {
            return execute(messenger, chatId, reply, new InputFile(known.get()), null);
        }
        synchronized (media.uploadLock(mediaId, channel)) {
            known = media.fileId(mediaId, channel);
            if (known.isPresent()) {
                return execute(messenger, chatId, reply, new InputFile(known.get()), null);
            }
            BroadcastMedia file = media.find(mediaId).orElse(null);
            byte[] bytes = media.bytes(mediaId).orElse(null);
            if (file == null || bytes == null) {
                return new SendResult.PermanentFailure("no stored media " + mediaId);
            }
            return execute(messenger, chatId, reply, new InputFile(new ByteArrayInputStream(bytes), file.fileName()),
                    mediaId);
        }
    }

    /** @param uploadOf the media id whose file id to keep from the answer; null when nothing was uploaded */
    private SendResult execute(Messenger messenger, long chatId, Reply reply, InputFile file, Long uploadOf) {
        ReplyKeyboard markup = markup(reply.keyboard());
        String caption = reply.text().isEmpty() ? null : reply.text();
        try {
            Message sent;
            String fileId;
            if (reply.media().kind() == Reply.Media.Kind.PHOTO) {
                SendPhoto photo = SendPhoto.builder().chatId(chatId).photo(file).caption(caption).build();
                photo.setReplyMarkup(markup);
                sent = messenger.client().execute(photo);
                // The messenger lists a photo's sizes smallest first: keep the id of the full one.
                List<PhotoSize> sizes = sent == null ? null : sent.getPhoto();
                fileId = sizes == null || sizes.isEmpty() ? null : sizes.get(sizes.size() - 1).getFileId();
            } else {
                SendDocument document = SendDocument.builder().chatId(chatId).document(file).caption(caption).build();
                document.setReplyMarkup(markup);
                sent = messenger.client().execute(document);
                fileId = sent == null || sent.getDocument() == null ? null : sent.getDocument().getFileId();
            }
            if (uploadOf != null && fileId != null) {
                media.remember(uploadOf, channel, fileId);
            }
            return new SendResult.Sent(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return new SendResult.TransientFailure(e.getCause() == null ? e.toString() : e.getCause().toString());
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
