package ir.kanoonyar.bot.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.media.MediaFile;
import ir.kanoonyar.bot.media.MediaLibrary;
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
 * other 4xx → give up.
 */
public class TelegramChatSender implements ChatSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatSender.class);

    private final Channel channel;
    private final Messengers messengers;
    private final MediaLibrary media;

    public TelegramChatSender(Channel channel, Messengers messengers, MediaLibrary media) {
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
        return execute(() -> messenger.client().execute(message));
    }

    /** A photo, document or video, its bytes read now from what the reply names; the text is the caption. */
    private SendResult sendMedia(Messenger messenger, long chatId, Reply reply) {
        MediaFile file = media.find(reply.media().source()).orElse(null);
        if (file == null) {
            return new SendResult.PermanentFailure("no file for " + reply.media().source());
        }
        InputFile input = new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName());
        String caption = reply.text().isEmpty() ? null : reply.text();
        ReplyKeyboard markup = markup(reply.keyboard());
        return switch (reply.media().kind()) {
            case PHOTO -> execute(() -> messenger.client().execute(SendPhoto.builder().chatId(chatId).photo(input)
                    .caption(caption).replyMarkup(markup).build()));
            case DOCUMENT -> execute(() -> messenger.client().execute(SendDocument.builder().chatId(chatId)
                    .document(input).caption(caption).replyMarkup(markup).build()));
            case VIDEO -> execute(() -> messenger.client().execute(SendVideo.builder().chatId(chatId).video(input)
                    .caption(caption).replyMarkup(markup).build()));
        };
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
