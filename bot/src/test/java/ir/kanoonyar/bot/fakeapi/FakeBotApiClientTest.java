package ir.kanoonyar.bot.fakeapi;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The fake as the real TelegramBots 10 client sees it, over HTTP. */
class FakeBotApiClientTest {

    private static final long USER = 101L;
    private static final long OTHER_USER = 202L;

    private FakeBotApi fake;
    private TelegramClient client;

    @BeforeEach
    void start() {
        fake = new FakeBotApi().start();
        client = new OkHttpTelegramClient(fake.token(), new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static InlineKeyboardMarkup yesNo() {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Yes").callbackData("yes").build(),
                        InlineKeyboardButton.builder().text("No").callbackData("no").build()))
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Site").url("https://example.org").build()))
                .build();
    }

    private List<Update> poll(Integer offset) throws Exception {
        return client.execute(GetUpdates.builder().offset(offset).timeout(0).build());
    }

    @Test
    void sendMessageWithAnInlineKeyboardIsAnsweredWithAParsableMessageAndRecorded() throws Exception {
        long before = Instant.now().getEpochSecond();
        Message message = client.execute(SendMessage.builder().chatId(USER).text("Agree?").replyMarkup(yesNo()).build());

        assertThat(message.getMessageId()).isPositive();
        assertThat(message.getChatId()).isEqualTo(USER);
        assertThat(message.getChat().isUserChat()).isTrue();
        assertThat(message.getText()).isEqualTo("Agree?");
        assertThat(message.getDate()).isBetween((int) before, (int) Instant.now().getEpochSecond());
        assertThat(message.getFrom().getIsBot()).isTrue();
        assertThat(message.getReplyMarkup().getKeyboard().get(0).get(1).getCallbackData()).isEqualTo("no");

        SentMessage sent = fake.messagesTo(USER).get(0);
        assertThat(sent.method()).isEqualTo("sendMessage");
        assertThat(sent.messageId()).isEqualTo(message.getMessageId());
        assertThat(sent.text()).isEqualTo("Agree?");
        assertThat(sent.inlineButtonTexts()).containsExactly("Yes", "No", "Site");
        assertThat(sent.callbackData()).containsExactly("yes", "no");
        assertThat(sent.callbackDataOf("No")).isEqualTo("no");
        assertThat(sent.inlineKeyboard().get(1).get(0).url()).isEqualTo("https://example.org");
        assertThat(sent.hasReplyKeyboard()).isFalse();

        // What TelegramBots puts on the wire: a JSON body, reply_markup as a nested object, chat_id as a string.
        RecordedCall call = fake.calls("sendMessage").get(0);
        assertThat(call.contentType()).startsWith("application/json");
        assertThat(call.params().get("reply_markup").isObject()).isTrue();
        assertThat(call.params().get("chat_id").isTextual()).isTrue();
        assertThat(call.param("method")).isEqualTo("sendmessage");
    }

    @Test
    void aReplyKeyboardAskingForTheContactIsRecordedButNotEchoed() throws Exception {
        ReplyKeyboardMarkup keyboard = ReplyKeyboardMarkup.builder()
                .keyboardRow(new KeyboardRow(KeyboardButton.builder().text("Share my number").requestContact(true).build()))
                .keyboardRow(new KeyboardRow("Cancel"))
                .resizeKeyboard(true).oneTimeKeyboard(true).build();
        Message message = client.execute(SendMessage.builder().chatId(USER).text("Your number?").replyMarkup(keyboard).build());

        assertThat(message.getReplyMarkup()).isNull(); // Telegram's Message.reply_markup holds inline keyboards only
        SentMessage sent = fake.messagesTo(USER).get(0);
        assertThat(sent.requestsContact()).isTrue();
        assertThat(sent.contactRequestButtons()).extracting(SentMessage.Button::text).containsExactly("Share my number");
        assertThat(sent.replyButtonTexts()).containsExactly("Share my number", "Cancel");
        assertThat(sent.replyMarkup().get("one_time_keyboard").asBoolean()).isTrue();

        fake.shareContact(USER, "989121234567", USER);
        Message shared = poll(null).get(0).getMessage();
        assertThat(shared.getContact().getPhoneNumber()).isEqualTo("989121234567");
        assertThat(shared.getContact().getUserId()).isEqualTo(USER);

        client.execute(SendMessage.builder().chatId(USER).text("Thanks").replyMarkup(new ReplyKeyboardRemove(true)).build());
        assertThat(fake.messagesTo(USER).get(1).removesKeyboard()).isTrue();
    }

    @Test
    void getUpdatesRedeliversUntilTheOffsetConfirms() throws Exception {
        int first = fake.sendText(USER, "one");
        int second = fake.sendText(USER, "two");
        int third = fake.sendText(OTHER_USER, "three");
        assertThat(List.of(first, second, third)).isSorted();

        assertThat(poll(null)).extracting(Update::getUpdateId).containsExactly(first, second, third);
        assertThat(poll(null)).extracting(Update::getUpdateId).containsExactly(first, second, third);
        assertThat(fake.deliveries(first)).isEqualTo(2);

        List<Update> afterFirst = poll(second);
        assertThat(afterFirst).extracting(u -> u.getMessage().getText()).containsExactly("two", "three");
        assertThat(fake.pendingUpdates()).isEqualTo(2);
        assertThat(fake.deliveries(first)).isEqualTo(2);
        assertThat(fake.deliveries(second)).isEqualTo(3);

        assertThat(client.execute(GetUpdates.builder().offset(second).limit(1).build()))
                .extracting(Update::getUpdateId).containsExactly(second);
        assertThat(poll(third + 1)).isEmpty();
        assertThat(fake.pendingUpdates()).isZero();
        assertThat(fake.deliveries(third)).isEqualTo(3);
    }

    @Test
    void aLongPollReturnsAsSoonAsAUserSpeaks() throws Exception {
        fake.longPollCap(Duration.ofSeconds(30));
        CompletableFuture<ArrayList<Update>> waiting = client.executeAsync(GetUpdates.builder().offset(1).timeout(50).build());
        awaitWaitingPolls(1);

        int id = fake.sendText(USER, "hello");

        // Well before the cap (and OkHttp's 10 s read timeout): the poll was woken by the update.
        ArrayList<Update> updates = waiting.get(8, TimeUnit.SECONDS);
        assertThat(updates).extracting(Update::getUpdateId).containsExactly(id);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("hello");
    }

    @Test
    void aLongPollEndsEmptyAtTheCapWhateverItsTimeout() throws Exception {
        fake.longPollCap(Duration.ofMillis(200));
        assertThat(client.execute(GetUpdates.builder().timeout(50).build())).isEmpty();
    }

    @Test
    void aNewerGetUpdatesTerminatesAWaitingOneWith409() throws Exception {
        fake.longPollCap(Duration.ofSeconds(30));
        CompletableFuture<ArrayList<Update>> older = client.executeAsync(GetUpdates.builder().timeout(50).build());
        awaitWaitingPolls(1);

        assertThat(poll(null)).isEmpty();

        assertThatThrownBy(() -> older.get(8, TimeUnit.SECONDS)).hasCauseInstanceOf(TelegramApiRequestException.class)
                .cause().satisfies(e -> {
                    TelegramApiRequestException request = (TelegramApiRequestException) e;
                    assertThat(request.getErrorCode()).isEqualTo(409);
                    assertThat(request.getApiResponse()).startsWith("Conflict: terminated by other getUpdates request");
                });
    }

    @Test
    void aUsersPhotoAndDocumentCanBeFetchedWithGetFileAndDownloaded() throws Exception {
        byte[] photoBytes = randomBytes(5000);
        byte[] pdfBytes = randomBytes(1234);
        fake.sendPhoto(USER, photoBytes, "my ID card");
        fake.sendDocument(USER, "contract.pdf", "application/pdf", pdfBytes);
        List<Update> updates = poll(null);

        Message photoMessage = updates.get(0).getMessage();
        assertThat(photoMessage.getCaption()).isEqualTo("my ID card");
        List<PhotoSize> sizes = photoMessage.getPhoto();
        assertThat(sizes).hasSize(2);
        PhotoSize largest = sizes.get(sizes.size() - 1);
        File photoFile = client.execute(GetFile.builder().fileId(largest.getFileId()).build());
        assertThat(photoFile.getFileId()).isEqualTo(largest.getFileId());
        assertThat(photoFile.getFileUniqueId()).isEqualTo(largest.getFileUniqueId());
        assertThat(photoFile.getFileSize()).isEqualTo(5000L);
        assertThat(photoFile.getFilePath()).startsWith("photos/");
        assertThat(download(fake.fileUrl(photoFile.getFilePath()))).isEqualTo(photoBytes);

        Document document = updates.get(1).getMessage().getDocument();
        assertThat(document.getFileName()).isEqualTo("contract.pdf");
        assertThat(document.getMimeType()).isEqualTo("application/pdf");
        File documentFile = client.execute(GetFile.builder().fileId(document.getFileId()).build());
        assertThat(documentFile.getFilePath()).startsWith("documents/").endsWith(".pdf");

        // TelegramBots builds download URLs on https://api.telegram.org whatever TelegramUrl says
        // (File.getFileUrl is static); a client for another host must rewrite them, e.g. with an interceptor.
        assertThat(documentFile.getFileUrl(fake.token())).startsWith("https://api.telegram.org/file/bot");
        OkHttpClient rewriting = new OkHttpClient.Builder().addInterceptor(chain -> {
            HttpUrl url = chain.request().url().newBuilder().scheme("http").host("127.0.0.1").port(fake.port()).build();
            return chain.proceed(chain.request().newBuilder().url(url).build());
        }).build();
        TelegramClient viaFake = new OkHttpTelegramClient(rewriting, fake.token(),
                new TelegramUrl("http", "127.0.0.1", fake.port(), false));
        try (InputStream in = viaFake.downloadFileAsStream(documentFile)) {
            assertThat(in.readAllBytes()).isEqualTo(pdfBytes);
        }
        assertThat(fake.calls("downloadFile")).hasSize(2).allMatch(RecordedCall::ok);
    }

    @Test
    void theBotsUploadsArriveAsMultipartWithBytesAndNameAndCanBeFetchedAgain() throws Exception {
        byte[] pdf = randomBytes(3000);
        Message message = client.execute(SendDocument.builder().chatId(USER)
                .document(new InputFile(new ByteArrayInputStream(pdf), "report.pdf"))
                .caption("Your report").replyMarkup(yesNo()).build());

        assertThat(message.getDocument().getFileName()).isEqualTo("report.pdf");
        assertThat(message.getCaption()).isEqualTo("Your report");
        assertThat(message.getReplyMarkup().getKeyboard()).hasSize(2);
        SentMessage sent = fake.messagesTo(USER).get(0);
        assertThat(sent.method()).isEqualTo("sendDocument");
        assertThat(sent.fileBytes()).isEqualTo(pdf);
        assertThat(sent.fileName()).isEqualTo("report.pdf");
        assertThat(sent.mimeType()).isEqualTo("application/pdf");
        assertThat(sent.caption()).isEqualTo("Your report");
        assertThat(sent.text()).isNull();
        assertThat(sent.textOrCaption()).isEqualTo("Your report");
        assertThat(sent.callbackData()).containsExactly("yes", "no");
        assertThat(sent.fileId()).isEqualTo(message.getDocument().getFileId());

        // The wire format: multipart, the file part named after the media name, the field pointing at it.
        RecordedCall call = fake.calls("sendDocument").get(0);
        assertThat(call.contentType()).startsWith("multipart/form-data");
        assertThat(call.files()).singleElement().satisfies(part -> {
            assertThat(part.field()).isEqualTo("report.pdf");
            assertThat(part.fileName()).isEqualTo("report.pdf");
            assertThat(part.contentType()).isEqualTo("application/octet-stream");
        });
        assertThat(call.param("document")).isEqualTo("attach://report.pdf");
        assertThat(call.params().get("reply_markup").isObject()).isTrue(); // sent as a JSON string part
        assertThat(call.param("chat_id")).isEqualTo(String.valueOf(USER));

        File file = client.execute(GetFile.builder().fileId(message.getDocument().getFileId()).build());
        assertThat(download(fake.fileUrl(file.getFilePath()))).isEqualTo(pdf);

        byte[] png = randomBytes(800);
        Message photo = client.execute(SendPhoto.builder().chatId(USER)
                .photo(new InputFile(new ByteArrayInputStream(png), "chart.png")).build());
        assertThat(photo.getPhoto()).isNotEmpty();
        SentMessage sentPhoto = fake.messagesTo(USER).get(1);
        assertThat(sentPhoto.method()).isEqualTo("sendPhoto");
        assertThat(sentPhoto.fileBytes()).isEqualTo(png);
        assertThat(sentPhoto.fileName()).isEqualTo("chart.png");
        assertThat(photo.getMessageId()).isGreaterThan(message.getMessageId());

        // Sending a known file_id again reuses the file.
        Message again = client.execute(SendDocument.builder().chatId(OTHER_USER)
                .document(new InputFile(message.getDocument().getFileId())).build());
        assertThat(again.getDocument().getFileId()).isEqualTo(message.getDocument().getFileId());
        assertThat(fake.messagesTo(OTHER_USER).get(0).fileBytes()).isEqualTo(pdf);
    }

    @Test
    void a429SurfacesWithRetryAfterAndTheNextCallSucceeds() throws Exception {
        fake.failNext("sendMessage", 1, 429, 3);
        SendMessage send = SendMessage.builder().chatId(USER).text("hi").build();

        assertThatThrownBy(() -> client.execute(send)).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(429);
            assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
            assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 3");
        });
        assertThat(client.execute(send).getText()).isEqualTo("hi");

        assertThat(fake.calls("sendMessage")).extracting(RecordedCall::errorCode).containsExactly(429, null);
        assertThat(fake.messagesTo(USER)).hasSize(1);
    }

    @Test
    void injectedServerErrorsCountDownPerMethod() throws Exception {
        fake.failNext("SENDMESSAGE", 2, 500, null);
        SendMessage send = SendMessage.builder().chatId(USER).text("hi").build();

        assertThat(client.execute(new GetMe()).getUserName()).isEqualTo("kanoonyar_test_bot"); // other methods unaffected
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.execute(send)).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                assertThat(e.getErrorCode()).isEqualTo(500);
                assertThat(e.getApiResponse()).isEqualTo("Internal Server Error");
                assertThat(e.getParameters()).isNull();
            });
        }
        assertThat(client.execute(send).getMessageId()).isPositive();
    }

    @Test
    void aBlockedChatAnswers403UntilUnblocked() throws Exception {
        fake.blockChat(USER);

        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(USER).text("hi").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
                });
        assertThatThrownBy(() -> client.execute(SendChatAction.builder().chatId(USER).action("typing").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(403));
        assertThat(client.execute(SendMessage.builder().chatId(OTHER_USER).text("hi").build())).isNotNull();
        assertThat(fake.messagesTo(USER)).isEmpty();

        fake.unblockChat(USER);
        assertThat(client.execute(SendMessage.builder().chatId(USER).text("hi").build()).getText()).isEqualTo("hi");
    }

    @Test
    void aUserBlockingTheBotBlocksTheChatAndSendsMyChatMember() throws Exception {
        fake.userBlocksBot(USER);

        Update update = poll(null).get(0);
        assertThat(update.getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
        assertThat(update.getMyChatMember().getNewChatMember().getUser().getId()).isEqualTo(fake.botId());
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(USER).text("hi").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(403));
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        TelegramClient wrong = new OkHttpTelegramClient(FakeBotApi.testToken(123456L),
                new TelegramUrl("http", "127.0.0.1", fake.port(), false));

        assertThatThrownBy(() -> wrong.execute(new GetMe())).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(401);
            assertThat(e.getApiResponse()).isEqualTo("Unauthorized");
        });

        User me = client.execute(new GetMe());
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("kanoonyar_test_bot");
        assertThat(me.getId()).isEqualTo(7000000001L);
        assertThat(fake.botUsername("other_bot").botUsername()).isEqualTo("other_bot");
        assertThat(client.execute(new GetMe()).getUserName()).isEqualTo("other_bot");
    }

    @Test
    void buttonsCallbacksEditsAndDeletesBehaveAsOnTelegram() throws Exception {
        Message menu = client.execute(SendMessage.builder().chatId(USER).text("Agree?").replyMarkup(yesNo()).build());
        SentMessage sent = fake.awaitMessageTo(USER, "Agree?", Duration.ofSeconds(1));

        int press = fake.pressButton(USER, sent, "Yes");
        Update update = poll(null).get(0);
        assertThat(update.getUpdateId()).isEqualTo(press);
        assertThat(update.getCallbackQuery().getData()).isEqualTo("yes");
        assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(USER);
        Message pressed = (Message) update.getCallbackQuery().getMessage();
        assertThat(pressed.getMessageId()).isEqualTo(menu.getMessageId());
        assertThat(pressed.getText()).isEqualTo("Agree?");
        assertThat(pressed.getReplyMarkup().getKeyboard()).hasSize(2);

        String queryId = update.getCallbackQuery().getId();
        assertThat(fake.callbackQueryId(press)).isEqualTo(queryId);
        assertThat(client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Noted").build())).isTrue();
        assertThat(fake.callbackAnswered(press)).isTrue();
        assertThatThrownBy(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId("42").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getApiResponse())
                        .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid"));

        // editMessageText without reply_markup drops the inline keyboard, as on Telegram.
        EditMessageText edit = EditMessageText.builder().chatId(USER).messageId(menu.getMessageId()).text("Agreed").build();
        Message edited = (Message) client.execute(edit);
        assertThat(edited.getText()).isEqualTo("Agreed");
        assertThat(edited.getEditDate()).isNotNull();
        SentMessage editEntry = fake.messagesTo(USER).get(1);
        assertThat(editEntry.isEdit()).isTrue();
        assertThat(editEntry.messageId()).isEqualTo(menu.getMessageId());
        assertThat(fake.currentMessage(USER, menu.getMessageId()).orElseThrow().hasInlineKeyboard()).isFalse();
        assertThatThrownBy(() -> client.execute(edit)).isInstanceOfSatisfying(TelegramApiRequestException.class,
                e -> assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified"));

        client.execute(EditMessageReplyMarkup.builder().chatId(USER).messageId(menu.getMessageId()).replyMarkup(yesNo()).build());
        assertThat(fake.currentMessage(USER, menu.getMessageId()).orElseThrow().callbackData()).containsExactly("yes", "no");
        assertThat(fake.currentMessage(USER, menu.getMessageId()).orElseThrow().text()).isEqualTo("Agreed");

        assertThat(client.execute(DeleteMessage.builder().chatId(USER).messageId(menu.getMessageId()).build())).isTrue();
        assertThat(fake.isDeleted(USER, menu.getMessageId())).isTrue();
        assertThat(fake.currentMessage(USER, menu.getMessageId())).isEmpty();
        assertThatThrownBy(() -> client.execute(DeleteMessage.builder().chatId(USER).messageId(menu.getMessageId()).build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message to delete not found"));
        assertThatThrownBy(() -> client.execute(EditMessageText.builder().chatId(USER).messageId(99999).text("x").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message to edit not found"));

        // Pressing a button of a deleted message: the query's message is inaccessible (date 0).
        fake.pressButton(USER, menu.getMessageId(), "yes");
        Update late = poll(press + 1).get(0);
        assertThat(late.getCallbackQuery().getMessage().getDate()).isZero();
    }

    @Test
    void aUsersOwnMessageCannotBeEditedByTheBot() throws Exception {
        fake.sendText(USER, "mine");
        Message mine = poll(null).get(0).getMessage();

        assertThatThrownBy(() -> client.execute(EditMessageText.builder().chatId(USER).messageId(mine.getMessageId()).text("x").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: message can't be edited"));
    }

    @Test
    void webhooksAreRecordedAndExcludeGetUpdates() throws Exception {
        assertThat(client.execute(SetWebhook.builder().url("https://bot.example.test/hook").secretToken("s3cret").build())).isTrue();
        assertThat(fake.webhookUrl()).isEqualTo("https://bot.example.test/hook");
        assertThat(fake.webhookSecret()).isEqualTo("s3cret");
        assertThat(fake.calls("setWebhook").get(0).contentType()).startsWith("multipart/form-data");

        fake.sendText(USER, "queued");
        WebhookInfo info = client.execute(new GetWebhookInfo());
        assertThat(info.getUrl()).isEqualTo("https://bot.example.test/hook");
        assertThat(info.getPendingUpdatesCount()).isEqualTo(1);
        assertThatThrownBy(() -> poll(null)).isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(409);
            assertThat(e.getApiResponse()).contains("webhook is active");
        });

        // A webhook test POSTs built updates itself; they parse as TelegramBots updates.
        String json = fake.updates().text(USER, "via webhook").toString();
        Update update = FakeBotApi.JSON.readValue(json, Update.class);
        assertThat(update.getMessage().getText()).isEqualTo("via webhook");
        assertThat(fake.updateJson(update.getUpdateId())).isEqualTo(json);

        assertThat(client.execute(DeleteWebhook.builder().dropPendingUpdates(true).build())).isTrue();
        assertThat(fake.webhookUrl()).isEmpty();
        assertThat(fake.webhookSecret()).isNull();
        assertThat(poll(null)).isEmpty();
    }

    @Test
    void everyKindOfUserUpdateParsesWithTelegramBots() throws Exception {
        fake.registerUser(USER, "مریم", "maryam_k", "fa");
        fake.sendText(USER, "سلام");
        fake.sendCommand(USER, "/start", "ref_42");
        fake.sendText(USER, "/help please");
        fake.shareContact(USER, "+989121234567", null);
        fake.shareLocation(USER, 35.6892, 51.3890);
        fake.sendPhoto(USER, randomBytes(10));
        fake.sendDocument(USER, "نامه.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", randomBytes(20));
        fake.pressButton(USER, 77, "case:12");
        fake.sendSticker(USER);
        fake.sendVoice(USER);
        int textId = fake.sendText(USER, "typo");
        int typoMessageId = FakeBotApi.JSON.readTree(fake.updateJson(textId)).at("/message/message_id").asInt();
        fake.editText(USER, typoMessageId, "fixed");
        fake.sendGroupText(-4001L, USER, "/start@kanoonyar_test_bot");
        fake.sendGroupText(-1001234567890L, OTHER_USER, "hi all");

        List<Update> updates = poll(null);
        assertThat(updates).hasSize(14);
        Message text = updates.get(0).getMessage();
        assertThat(text.getText()).isEqualTo("سلام");
        assertThat(text.getFrom().getFirstName()).isEqualTo("مریم");
        assertThat(text.getFrom().getLanguageCode()).isEqualTo("fa");
        assertThat(text.getChat().getUserName()).isEqualTo("maryam_k");
        assertThat(text.isCommand()).isFalse();
        Message start = updates.get(1).getMessage();
        assertThat(start.getText()).isEqualTo("/start ref_42");
        assertThat(start.getEntities().get(0).getText()).isEqualTo("/start");
        assertThat(start.isCommand()).isTrue(); // only after getEntities(), see isCommandNeedsGetEntitiesFirst
        assertThat(updates.get(2).getMessage().getEntities().get(0).getLength()).isEqualTo(5);
        assertThat(updates.get(3).getMessage().getContact().getUserId()).isNull();
        assertThat(updates.get(4).getMessage().getLocation().getLatitude()).isEqualTo(35.6892);
        assertThat(updates.get(5).getMessage().getPhoto()).hasSize(2);
        assertThat(updates.get(6).getMessage().getDocument().getFileName()).isEqualTo("نامه.docx");
        assertThat(updates.get(7).getCallbackQuery().getData()).isEqualTo("case:12");
        assertThat(updates.get(7).getCallbackQuery().getMessage().getMessageId()).isEqualTo(77);
        assertThat(updates.get(8).getMessage().getSticker().getFileId()).isNotBlank();
        assertThat(updates.get(9).getMessage().getVoice().getMimeType()).isEqualTo("audio/ogg");
        assertThat(updates.get(11).getEditedMessage().getText()).isEqualTo("fixed");
        assertThat(updates.get(11).getEditedMessage().getMessageId()).isEqualTo(typoMessageId);
        assertThat(updates.get(11).getEditedMessage().getEditDate()).isNotNull();
        Message group = updates.get(12).getMessage();
        assertThat(group.getChat().isGroupChat()).isTrue();
        assertThat(group.getChatId()).isEqualTo(-4001L);
        assertThat(group.getEntities()).singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("bot_command"));
        assertThat(group.isCommand()).isTrue();
        assertThat(updates.get(13).getMessage().getChat().isSuperGroupChat()).isTrue();
        assertThat(updates.get(13).getMessage().getFrom().getId()).isEqualTo(OTHER_USER);

        List<Integer> messageIds = updates.stream().filter(Update::hasMessage).map(u -> u.getMessage().getMessageId()).toList();
        assertThat(messageIds).isSorted().doesNotHaveDuplicates();
    }

    /**
     * A TelegramBots 10.2.0 quirk worth knowing: Message.isCommand()/getCommand() read the entities' text,
     * which only Message.getEntities() fills in. Before that call a command message is no command.
     */
    @Test
    void isCommandNeedsGetEntitiesFirst() throws Exception {
        fake.sendCommand(USER, "/start", null);
        Message start = poll(null).get(0).getMessage();

        assertThat(start.isCommand()).isFalse();
        start.getEntities();
        assertThat(start.isCommand()).isTrue();
        assertThat(start.getCommand()).isEqualTo("/start");
    }

    @Test
    void awaitingFindsMessagesSentFromOtherThreads() throws Exception {
        client.execute(SendMessage.builder().chatId(USER).text("old news").build());
        int update = fake.sendText(USER, "what now?");
        ExecutorService bot = Executors.newSingleThreadExecutor();
        try {
            bot.submit(() -> {
                // Deliberately late: the reply must arrive after the waits below have begun.
                Thread.sleep(200);
                return client.execute(SendMessage.builder().chatId(USER).text("fresh news").build());
            });

            assertThat(fake.awaitReplyTo(update, Duration.ofSeconds(5)).text()).isEqualTo("fresh news");
            assertThat(fake.awaitMessageTo(USER, "news", Duration.ofSeconds(5)).text()).isEqualTo("old news");
            assertThat(fake.awaitMessageTo(USER, m -> m.text().startsWith("fresh"), Duration.ofSeconds(5)).messageId())
                    .isGreaterThan(fake.messagesTo(USER).get(0).messageId());
            assertThatThrownBy(() -> fake.awaitMessageTo(USER, "never", Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("fresh news");
            assertThat(fake.awaitCall("sendMessage", c -> "fresh news".equals(c.param("text")), Duration.ofSeconds(1)).ok()).isTrue();
        } finally {
            bot.shutdownNow();
        }
    }

    @Test
    void concurrentSendsGetDistinctIncreasingIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Message>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long chat = 1000 + i % 8;
                String text = "m" + i;
                futures.add(pool.submit(() -> client.execute(SendMessage.builder().chatId(chat).text(text).build())));
            }
            Set<Integer> ids = new HashSet<>();
            for (Future<Message> f : futures) {
                ids.add(f.get(20, TimeUnit.SECONDS).getMessageId());
            }
            assertThat(ids).hasSize(200);
            for (long chat = 1000; chat < 1008; chat++) {
                assertThat(fake.messagesTo(chat)).hasSize(25).extracting(SentMessage::messageId).isSorted();
            }
            assertThat(fake.calls("sendmessage")).hasSize(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitWaitingPolls(int count) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> fake.waitingPolls() >= count);
        assertThat(fake.waitingPolls()).isEqualTo(count);
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }

    static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
