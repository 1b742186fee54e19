package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Something the bot put in a chat: a message it sent (sendMessage, sendPhoto, sendDocument, sendVideo) or an edit
 * of one of its messages (editMessageText, editMessageReplyMarkup; {@link #isEdit()}). For an edit,
 * {@link #text()} and {@link #replyMarkup()} are the message's state after the edit.
 *
 * @param sequence    position in the fake's global order (shared with updates and calls)
 * @param method      canonical method name, e.g. {@code sendMessage}
 * @param chatId      the chat
 * @param messageId   the message's id (for an edit, the id of the edited message)
 * @param date        Unix time in seconds
 * @param text        the message text, null for media
 * @param caption     the media caption, or null
 * @param parseMode   parse_mode as sent, or null
 * @param replyMarkup reply_markup as sent (inline keyboard, reply keyboard, remove_keyboard, force_reply), or null
 * @param fileBytes   the uploaded file's bytes for sendPhoto/sendDocument/sendVideo, or null
 * @param fileName    the uploaded file's name (TelegramBots: the InputFile's media name), or null
 * @param mimeType    the file's MIME type (from the part, else guessed from the name), or null
 * @param fileId      the file_id the fake gave the file, or null
 * @param params      every parameter of the call
 */
public record SentMessage(long sequence, String method, long chatId, int messageId, long date,
                          String text, String caption, String parseMode, JsonNode replyMarkup,
                          byte[] fileBytes, String fileName, String mimeType, String fileId,
                          JsonNode params) {

    /** One keyboard button, inline or reply. Absent fields are null/false. */
    public record Button(String text, String callbackData, String url, boolean requestContact,
                         boolean requestLocation) {
    }

    public boolean isEdit() {
        return method.startsWith("edit");
    }

    /** The text, or the caption of a media message. */
    public String textOrCaption() {
        return text != null ? text : caption;
    }

    public boolean hasInlineKeyboard() {
        return replyMarkup != null && replyMarkup.has("inline_keyboard");
    }

    public boolean hasReplyKeyboard() {
        return replyMarkup != null && replyMarkup.has("keyboard");
    }

    /** Whether reply_markup is {@code {"remove_keyboard":true}}. */
    public boolean removesKeyboard() {
        return replyMarkup != null && replyMarkup.path("remove_keyboard").asBoolean(false);
    }

    /** The inline keyboard, row by row; empty when there is none. */
    public List<List<Button>> inlineKeyboard() {
        return rows("inline_keyboard");
    }

    /** The reply keyboard, row by row; empty when there is none. */
    public List<List<Button>> replyKeyboard() {
        return rows("keyboard");
    }

    public List<String> inlineButtonTexts() {
        return inlineKeyboard().stream().flatMap(List::stream).map(Button::text).toList();
    }

    /** The callback_data of every inline button that has one, in order. */
    public List<String> callbackData() {
        return inlineKeyboard().stream().flatMap(List::stream).map(Button::callbackData)
                .filter(d -> d != null).toList();
    }

    /** The callback_data of the inline button with exactly this text; throws when there is no such button. */
    public String callbackDataOf(String buttonText) {
        return inlineKeyboard().stream().flatMap(List::stream)
                .filter(b -> b.text().equals(buttonText) && b.callbackData() != null)
                .map(Button::callbackData).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no inline button \"" + buttonText
                        + "\" with callback_data in " + inlineButtonTexts()));
    }

    public List<String> replyButtonTexts() {
        return replyKeyboard().stream().flatMap(List::stream).map(Button::text).toList();
    }

    /** The reply-keyboard buttons with request_contact. */
    public List<Button> contactRequestButtons() {
        return replyKeyboard().stream().flatMap(List::stream).filter(Button::requestContact).toList();
    }

    public boolean requestsContact() {
        return !contactRequestButtons().isEmpty();
    }

    private List<List<Button>> rows(String field) {
        List<List<Button>> rows = new ArrayList<>();
        if (replyMarkup == null || !replyMarkup.path(field).isArray()) {
            return rows;
        }
        for (JsonNode row : replyMarkup.get(field)) {
            List<Button> buttons = new ArrayList<>();
            for (JsonNode b : row) {
                if (b.isTextual()) { // a reply keyboard button may be a bare string
                    buttons.add(new Button(b.asText(), null, null, false, false));
                } else {
                    buttons.add(new Button(b.path("text").asText(null), textOrNull(b, "callback_data"),
                            textOrNull(b, "url"), b.path("request_contact").asBoolean(false),
                            b.path("request_location").asBoolean(false)));
                }
            }
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append("[chat=").append(chatId).append(", message_id=")
                .append(messageId);
        if (text != null) {
            s.append(", text=\"").append(text).append('"');
        }
        if (caption != null) {
            s.append(", caption=\"").append(caption).append('"');
        }
        if (fileBytes != null) {
            s.append(", file=").append(fileName).append(" (").append(fileBytes.length).append(" bytes)");
        }
        if (replyMarkup != null) {
            s.append(", reply_markup=").append(replyMarkup);
        }
        return s.append(']').toString();
    }
}
