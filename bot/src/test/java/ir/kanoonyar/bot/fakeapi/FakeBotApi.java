package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A fake Telegram Bot API server for end-to-end tests: the real TelegramBots client talks to it over HTTP
 * on 127.0.0.1, the test speaks as users and reads what the bot did. Bale's Bot API is the same API at
 * another host, so the same fake serves both.
 *
 * <pre>{@code
 * try (FakeBotApi fake = new FakeBotApi(TOKEN).start()) {
 *     TelegramClient client = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
 *     // … start the bot against fake.baseUrl() …
 *     int update = fake.sendCommand(USER, "/start", null);
 *     SentMessage welcome = fake.awaitReplyTo(update, Duration.ofSeconds(5));
 *     fake.pressButton(USER, welcome.messageId(), welcome.callbackDataOf("Register"));
 * }
 * }</pre>
 *
 * <h2>HTTP</h2>
 * {@code /bot<token>/<method>} with the method name matched case-insensitively, parameters from the query
 * string and from a JSON, form-urlencoded or multipart body; {@code /file/bot<token>/<file_path>} for
 * downloads. One fake serves one token; another token answers 401. Answers have the real shapes:
 * {@code {"ok":true,"result":…}} and {@code {"ok":false,"error_code":…,"description":…}} with the HTTP
 * status equal to the error code. Dates are Unix seconds, message ids increase (one counter for all chats).
 *
 * <h2>Updates</h2>
 * The user-facing methods ({@link #sendText}, {@link #pressButton}, …) build an update, queue it for
 * getUpdates and return its update_id. Update ids increase from {@value #FIRST_UPDATE_ID}.
 * {@link #enqueueRaw(String)} queues a given update JSON <b>with its update_id replaced by the next id</b>
 * (sample files reuse ids and would break the offset order otherwise). getUpdates confirms (drops) every
 * queued update with an id below {@code offset}, returns up to {@code limit} queued updates with
 * id &ge; offset, and when none is queued waits for one for {@code timeout} seconds, capped at
 * {@link #longPollCap(Duration)} (2 s by default) so tests stay fast. A newer getUpdates terminates a
 * waiting one with 409, as Telegram does. While a webhook is set getUpdates answers 409.
 * {@link #deliveries(int)} counts how often an update was returned.
 *
 * <h2>Strictness</h2>
 * Checks that the real API makes and that bots trip over: empty or &gt;4096-char text, captions &gt;1024,
 * callback_data over 64 UTF-8 bytes (BUTTON_DATA_INVALID), editing a message that does not exist, is not
 * the bot's, or would not change ("message is not modified"), deleting an unknown message, answering an
 * unknown callback query id, getFile of an unknown id. editMessageText without reply_markup removes the
 * inline keyboard, as on Telegram. Not checked: parse_mode markup (text is echoed verbatim), whether the
 * user ever started the bot, webhook URLs being HTTPS.
 */
public final class FakeBotApi implements AutoCloseable {

    /** Made up at run time, like any token would be: none is ever written in the repository. */
    public static final String DEFAULT_TOKEN = testToken(7000000001L);
    public static final int FIRST_UPDATE_ID = 1000;
    public static final String DEFAULT_BOT_USERNAME = "kanoonyar_test_bot";
    static final long MAX_GET_FILE_SIZE = 20L * 1024 * 1024;
    static final String FORBIDDEN_BLOCKED = "Forbidden: bot was blocked by the user";

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server writes headers and body separately; with Nagle on, every keep-alive exchange then
        // stalls ~40 ms on the client's delayed ACK. The property is read once, when the first HttpServer
        // of the JVM is created, so it only helps if nobody created one before.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Map<String, String> METHODS = canonicalNames("getMe", "getUpdates", "sendMessage",
            "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "deleteMessage", "sendPhoto",
            "sendDocument", "sendVideo", "sendChatAction", "getFile", "setWebhook", "deleteWebhook", "getWebhookInfo",
            "setMyCommands", "deleteMyCommands", "getMyCommands");
    /** Methods acting in a chat given by chat_id: these answer 403 for a blocked chat. */
    private static final Set<String> CHAT_METHODS = Set.of("sendMessage", "editMessageText",
            "editMessageReplyMarkup", "deleteMessage", "sendPhoto", "sendDocument", "sendVideo", "sendChatAction");

    private final String token;
    private final long botId;
    private final Object lock = new Object();
    private final Updates updates = new Updates(this);

    private volatile String botUsername = DEFAULT_BOT_USERNAME;
    private volatile String botFirstName = "Kanoonyar Test";
    private volatile Duration longPollCap = Duration.ofSeconds(2);
    private volatile Clock clock = Clock.systemUTC();

    private HttpServer server;
    private ExecutorService executor;

    // Everything below is guarded by lock.
    private boolean closed;
    private long sequence;
    private int nextUpdateId = FIRST_UPDATE_ID;
    private int nextMessageId = 1;
    private int nextFile = 1;
    private long nextCallbackQuery = 1;
    private int confirmedBelow = Integer.MIN_VALUE;
    private long pollGeneration;
    private int waitingPolls;
    private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
    private final Map<Integer, ObjectNode> updateHistory = new HashMap<>();
    private final Map<Integer, Long> updateSequence = new HashMap<>();
    private final Map<Integer, Integer> deliveries = new HashMap<>();
    private final Map<String, Integer> callbackQueries = new HashMap<>();
    private final Map<MessageKey, ObjectNode> messages = new HashMap<>();
    private final Set<MessageKey> deletedMessages = new HashSet<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final Map<String, Deque<ApiError>> failures = new HashMap<>();
    private final Set<Long> blockedChats = new HashSet<>();
    private final Map<String, StoredFile> filesById = new HashMap<>();
    private final Map<String, StoredFile> filesByPath = new HashMap<>();
    private final Map<Long, UserInfo> users = new HashMap<>();
    private String webhookUrl = "";
    private String webhookSecret;
    private JsonNode myCommands = JSON.createArrayNode();

    record MessageKey(long chatId, int messageId) {
    }

    record StoredFile(String fileId, String fileUniqueId, String filePath, String fileName, String mimeType,
                      byte[] bytes) {
    }

    record UserInfo(long id, String firstName, String username, String languageCode) {
    }

    /** A token for a fake bot with this numeric id, random for each run. */
    public static String testToken(long botId) {
        return botId + ":" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** A fake for {@link #DEFAULT_TOKEN}. */
    public FakeBotApi() {
        this(DEFAULT_TOKEN);
    }

    /** A fake serving one bot token. The bot's id is the token's numeric prefix, as on Telegram. */
    public FakeBotApi(String token) {
        this.token = Objects.requireNonNull(token, "token");
        long id;
        try {
            id = Long.parseLong(token.substring(0, Math.max(0, token.indexOf(':'))));
        } catch (NumberFormatException e) {
            id = 7000000001L;
        }
        this.botId = id;
    }

    // ---------------------------------------------------------------- lifecycle and configuration

    /** Listens on 127.0.0.1 at a free port. Returns this. */
    public FakeBotApi start() {
        synchronized (lock) {
            if (server != null) {
                throw new IllegalStateException("already started");
            }
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            AtomicInteger threads = new AtomicInteger();
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-bot-api-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
            return this;
        }
    }

    @Override
    public void close() {
        HttpServer s;
        ExecutorService e;
        synchronized (lock) {
            closed = true; // waiting long polls return empty, awaits fail at once
            lock.notifyAll();
            s = server;
            e = executor;
            executor = null;
        }
        if (e == null) {
            return; // never started, or already closed
        }
        s.stop(0);
        e.shutdownNow();
        try {
            e.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        synchronized (lock) {
            if (server == null) {
                throw new IllegalStateException("not started");
            }
            return server.getAddress().getPort();
        }
    }

    /** Like {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The download URL of a file_path returned by getFile. */
    public String fileUrl(String filePath) {
        return baseUrl() + "/file/bot" + token + "/" + filePath;
    }

    public String token() {
        return token;
    }

    public long botId() {
        return botId;
    }

    public String botUsername() {
        return botUsername;
    }

    /** The username getMe answers (without @). Returns this. */
    public FakeBotApi botUsername(String username) {
        this.botUsername = Objects.requireNonNull(username);
        return this;
    }

    /** The longest a getUpdates long poll waits, whatever its timeout says (2 s by default). Returns this. */
    /**
     * Where update ids start. Telegram's ids only grow for a bot; a test database that outlives one
     * fake keeps the ids it stored, so tests that share a database start each fake somewhere new.
     */
    public FakeBotApi firstUpdateId(int first) {
        synchronized (lock) {
            nextUpdateId = first;
        }
        return this;
    }

    /** A first update id no earlier fake on the same database is likely to have used. */
    public FakeBotApi freshUpdateIds() {
        return firstUpdateId(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000));
    }

    public FakeBotApi longPollCap(Duration cap) {
        this.longPollCap = Objects.requireNonNull(cap);
        return this;
    }

    /** The clock giving dates (Unix seconds) to updates and messages. Returns this. */
    public FakeBotApi clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /**
     * Names a user (default first_name "User &lt;id&gt;", no username, no language_code). Affects the
     * updates built afterwards. Returns this.
     */
    public FakeBotApi registerUser(long userId, String firstName, String usernameOrNull, String languageCodeOrNull) {
        synchronized (lock) {
            users.put(userId, new UserInfo(userId, firstName, usernameOrNull, languageCodeOrNull));
        }
        return this;
    }

    // ---------------------------------------------------------------- users speaking

    /** Builders of update JSON that do not queue anything, e.g. for webhook tests that POST an update. */
    public Updates updates() {
        return updates;
    }

    /** A private text message. A leading /command gets a bot_command entity, as Telegram adds one. */
    public int sendText(long userId, String text) {
        return enqueue(updates.text(userId, text));
    }

    /** A command ("/start" or "start") with an optional payload: text "/start payload", bot_command entity. */
    public int sendCommand(long userId, String command, String payloadOrNull) {
        return enqueue(updates.command(userId, command, payloadOrNull));
    }

    /** A shared contact; contactUserId is the user's own id (request_contact button), another user, or null. */
    public int shareContact(long userId, String phone, Long contactUserId) {
        return enqueue(updates.contact(userId, phone, contactUserId));
    }

    public int shareLocation(long userId, double latitude, double longitude) {
        return enqueue(updates.location(userId, latitude, longitude));
    }

    /** A photo (two sizes, both served with these bytes by getFile and download). */
    public int sendPhoto(long userId, byte[] bytes) {
        return enqueue(updates.photo(userId, bytes, null));
    }

    public int sendPhoto(long userId, byte[] bytes, String captionOrNull) {
        return enqueue(updates.photo(userId, bytes, captionOrNull));
    }

    public int sendDocument(long userId, String fileName, String mimeType, byte[] bytes) {
        return enqueue(updates.document(userId, fileName, mimeType, bytes, null));
    }

    /**
     * A callback_query from pressing an inline button of message messageId in the user's private chat. The
     * query's message is the fake's current copy of that message when it knows it. The data is not checked
     * against the keyboard, so forged data can be tested.
     */
    public int pressButton(long userId, int messageId, String callbackData) {
        return enqueue(updates.callback(userId, messageId, callbackData));
    }

    /** Presses the inline button labelled buttonText of a message the bot sent. */
    public int pressButton(long userId, SentMessage message, String buttonText) {
        return pressButton(userId, message.messageId(), message.callbackDataOf(buttonText));
    }

    public int sendSticker(long userId) {
        return enqueue(updates.sticker(userId));
    }

    public int sendVoice(long userId) {
        return enqueue(updates.voice(userId));
    }

    /** An edited_message: the user edits their message messageId to newText. */
    public int editText(long userId, int messageId, String newText) {
        return enqueue(updates.edit(userId, messageId, newText));
    }

    /** A text message in a group (negative id; "supergroup" when the id starts with -100…). */
    public int sendGroupText(long groupChatId, long userId, String text) {
        return enqueue(updates.groupText(groupChatId, userId, text));
    }

    /**
     * The user blocks the bot: blocks the chat (as {@link #blockChat}) and queues the my_chat_member update
     * (new status "kicked") that Telegram sends then.
     */
    public int userBlocksBot(long userId) {
        blockChat(userId);
        return enqueue(updates.botBlocked(userId));
    }

    /**
     * Queues an update given as JSON, e.g. a file of telegram-updates/. Its update_id is <b>replaced</b> by
     * the next id (the given one is ignored); the rest is delivered exactly as given. Returns the new id.
     */
    public int enqueueRaw(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an update must be a JSON object");
        }
        ObjectNode update = (ObjectNode) node;
        synchronized (lock) {
            ObjectNode renumbered = JSON.createObjectNode();
            renumbered.put("update_id", nextUpdateId++);
            update.properties().forEach(e -> {
                if (!e.getKey().equals("update_id")) {
                    renumbered.set(e.getKey(), e.getValue());
                }
            });
            recordUpdate(renumbered);
            return enqueue(renumbered);
        }
    }

    /**
     * Queues an update built by {@link #updates()}, keeping its update_id. An id below the confirmed
     * offset, or already queued, is refused.
     */
    public int enqueue(ObjectNode update) {
        int id = update.path("update_id").asInt(Integer.MIN_VALUE);
        synchronized (lock) {
            if (!update.has("update_id") || id < confirmedBelow || pending.containsKey(id)) {
                throw new IllegalArgumentException("update_id " + update.get("update_id")
                        + " is missing, already queued or below the confirmed offset " + confirmedBelow);
            }
            updateHistory.putIfAbsent(id, update.deepCopy());
            updateSequence.putIfAbsent(id, ++sequence);
            pending.put(id, update.deepCopy());
            changed();
            return id;
        }
    }

    /** The JSON of an update this fake built or queued (as delivered), e.g. to POST it to a webhook. */
    public String updateJson(int updateId) {
        synchronized (lock) {
            ObjectNode update = updateHistory.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update " + updateId);
            }
            return update.toString();
        }
    }

    /** How many updates are queued and not yet confirmed. */
    public int pendingUpdates() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** How many getUpdates requests are waiting (long polling) right now. */
    public int waitingPolls() {
        synchronized (lock) {
            return waitingPolls;
        }
    }

    /** How many times getUpdates returned this update (0 if never). */
    public int deliveries(int updateId) {
        synchronized (lock) {
            return deliveries.getOrDefault(updateId, 0);
        }
    }

    /** The id of the callback query in update updateId (pressButton), or null. */
    public String callbackQueryId(int updateId) {
        synchronized (lock) {
            ObjectNode update = updateHistory.get(updateId);
            return update == null || !update.has("callback_query") ? null
                    : update.get("callback_query").path("id").asText();
        }
    }

    /** Whether the bot answered the callback query of update updateId successfully. */
    public boolean callbackAnswered(int updateId) {
        String id = callbackQueryId(updateId);
        return id != null && calls("answerCallbackQuery").stream()
                .anyMatch(c -> c.ok() && id.equals(c.param("callback_query_id")));
    }

    // ---------------------------------------------------------------- what the bot did

    /** Every message sent or edited in this chat, in order (edits are entries of their own). */
    public List<SentMessage> messagesTo(long chatId) {
        synchronized (lock) {
            return sent.stream().filter(m -> m.chatId() == chatId).toList();
        }
    }

    /** Every message sent or edited, in order. */
    public List<SentMessage> sentMessages() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** The latest state of a bot message (its last send or edit entry), empty if unknown or deleted. */
    public Optional<SentMessage> currentMessage(long chatId, int messageId) {
        synchronized (lock) {
            if (deletedMessages.contains(new MessageKey(chatId, messageId))) {
                return Optional.empty();
            }
            for (int i = sent.size() - 1; i >= 0; i--) {
                SentMessage m = sent.get(i);
                if (m.chatId() == chatId && m.messageId() == messageId) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** Whether the bot deleted this message. */
    public boolean isDeleted(long chatId, int messageId) {
        synchronized (lock) {
            return deletedMessages.contains(new MessageKey(chatId, messageId));
        }
    }

    /**
     * The first message (send or edit) to chatId that matches, <b>at any time</b>: one sent before this call
     * counts too, so there is no race with a fast bot; to ignore earlier ones use {@link #awaitReplyTo}.
     * Waits up to timeout, then throws AssertionError listing what the chat got.
     */
    public SentMessage awaitMessageTo(long chatId, Predicate<SentMessage> matching, Duration timeout) {
        return awaitSent(m -> m.chatId() == chatId && matching.test(m), timeout,
                () -> "no matching message to chat " + chatId + " within " + timeout + "; it got: " + messagesTo(chatId));
    }

    /** {@link #awaitMessageTo(long, Predicate, Duration)} for a text or caption containing textContains. */
    public SentMessage awaitMessageTo(long chatId, String textContains, Duration timeout) {
        return awaitMessageTo(chatId, m -> m.textOrCaption() != null && m.textOrCaption().contains(textContains), timeout);
    }

    /**
     * The first message (send or edit) that matches, sent to the chat of update updateId after that update
     * was built. Waits up to timeout, then throws AssertionError.
     */
    public SentMessage awaitReplyTo(int updateId, Predicate<SentMessage> matching, Duration timeout) {
        long after;
        long chatId;
        synchronized (lock) {
            ObjectNode update = updateHistory.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update " + updateId);
            }
            after = updateSequence.get(updateId);
            chatId = chatOf(update);
        }
        return awaitSent(m -> m.chatId() == chatId && m.sequence() > after && matching.test(m), timeout,
                () -> "no matching reply to update " + updateId + " in chat " + chatId + " within " + timeout
                        + "; the chat got: " + messagesTo(chatId));
    }

    /** The first message sent to the chat of update updateId after that update was built. */
    public SentMessage awaitReplyTo(int updateId, Duration timeout) {
        return awaitReplyTo(updateId, m -> true, timeout);
    }

    /** Every call of this method (name matched case-insensitively), successful or not, in order. */
    public List<RecordedCall> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        }
    }

    /** Every call, in order. */
    public List<RecordedCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The first call of this method that matches, at any time; waits up to timeout, then AssertionError. */
    public RecordedCall awaitCall(String method, Predicate<RecordedCall> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (RecordedCall c : calls(method)) {
                    if (matching.test(c)) {
                        return c;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    throw new AssertionError("no matching " + method + " call within " + timeout + "; got: " + calls(method));
                }
                waitOnLock(left);
            }
        }
    }

    /**
     * Every call of this method that matches, once there are at least count of them; waits up to timeout,
     * then AssertionError. A call is recorded just after it is answered, so a test that saw the message
     * arrive waits here before it counts calls.
     */
    public List<RecordedCall> awaitCalls(String method, Predicate<RecordedCall> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<RecordedCall> found = calls(method).stream().filter(matching).toList();
                long left = deadline - System.nanoTime();
                if (found.size() >= count) {
                    return found;
                }
                if (left <= 0 || closed) {
                    throw new AssertionError(found.size() + " of " + count + " matching " + method + " calls within "
                            + timeout + "; got: " + calls(method));
                }
                waitOnLock(left);
            }
        }
    }

    /** The URL of the webhook set by setWebhook, "" when none. */
    public String webhookUrl() {
        synchronized (lock) {
            return webhookUrl;
        }
    }

    /** The secret_token given to setWebhook, or null. */
    public String webhookSecret() {
        synchronized (lock) {
            return webhookSecret;
        }
    }

    /**
     * Registers a file that getFile and downloads serve (as if a user had sent it), returns its file_id.
     */
    public String registerFile(byte[] bytes, String fileName) {
        return storeFile(bytes, fileName, guessMime(fileName, null), "documents").fileId();
    }

    /** The bytes of a file the fake knows (sent by a user or uploaded by the bot), or null. */
    public byte[] fileBytes(String fileId) {
        synchronized (lock) {
            StoredFile f = filesById.get(fileId);
            return f == null ? null : f.bytes().clone();
        }
    }

    // ---------------------------------------------------------------- fault injection

    /**
     * The next {@code times} calls of this method (case-insensitive) fail with errorCode, the real
     * description for it ("Too Many Requests: retry after N" for 429, "Internal Server Error" for 500, …)
     * and parameters.retry_after when retryAfterSeconds is given. Queued failures add up.
     */
    public void failNext(String method, int times, int errorCode, Integer retryAfterSeconds) {
        String key = method.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            Deque<ApiError> queue = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(ApiError.injected(errorCode, retryAfterSeconds));
            }
        }
    }

    /** Every call acting in this chat (send*, edit*, deleteMessage, sendChatAction) answers 403 "bot was blocked". */
    /**
     * Forgets every file id handed out so far, as a messenger does for a bot whose token changed (file ids
     * belong to one bot): sending one of them again is answered 400 "wrong file identifier". The files stay
     * downloadable by path.
     */
    public void forgetFileIds() {
        synchronized (lock) {
            filesById.clear();
        }
    }

    public void blockChat(long chatId) {
        synchronized (lock) {
            blockedChats.add(chatId);
        }
    }

    public void unblockChat(long chatId) {
        synchronized (lock) {
            blockedChats.remove(chatId);
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/file/bot")) {
                download(exchange, path.substring("/file/bot".length()));
                return;
            }
            int slash = path.startsWith("/bot") ? path.indexOf('/', 4) : -1;
            if (slash < 0) {
                respond(exchange, 404, errorBody(new ApiError(404, "Not Found")));
                return;
            }
            String requestToken = URLDecoder.decode(path.substring(4, slash), StandardCharsets.UTF_8);
            String requested = URLDecoder.decode(path.substring(slash + 1), StandardCharsets.UTF_8);
            String method = METHODS.getOrDefault(requested.toLowerCase(Locale.ROOT), requested);
            ApiRequest request = null;
            int status;
            JsonNode body;
            try {
                ApiError unreadable = null;
                try {
                    request = ApiRequest.read(exchange, JSON);
                } catch (ApiError e) {
                    unreadable = e;
                }
                if (!token.equals(requestToken)) {
                    throw new ApiError(401, "Unauthorized");
                }
                if (!METHODS.containsKey(requested.toLowerCase(Locale.ROOT))) {
                    throw new ApiError(404, "Not Found: method not found");
                }
                if (unreadable != null) {
                    throw unreadable;
                }
                checkInjectedFailure(method);
                checkBlocked(method, request.params);
                ObjectNode ok = JSON.createObjectNode();
                ok.put("ok", true);
                Result result = dispatch(method, request);
                ok.set("result", result.value);
                if (result.description != null) {
                    ok.put("description", result.description);
                }
                status = 200;
                body = ok;
            } catch (ApiError e) {
                status = e.code;
                body = errorBody(e);
            }
            record(method, request, status, body);
            respond(exchange, status, body);
        } catch (RuntimeException | IOException e) {
            // A bug of the fake: answer 500 so that the test sees something rather than a hung client.
            try {
                respond(exchange, 500, errorBody(new ApiError(500, "Internal Server Error: fake failed: " + e)));
            } catch (IOException | RuntimeException ignored) {
                // the exchange is gone
            }
        } finally {
            exchange.close();
        }
    }

    private record Result(JsonNode value, String description) {
        static Result of(JsonNode value) {
            return new Result(value, null);
        }
    }

    private Result dispatch(String method, ApiRequest request) {
        ObjectNode p = request.params;
        return switch (method) {
            case "getMe" -> Result.of(getMe());
            case "getUpdates" -> Result.of(getUpdates(p));
            case "sendMessage" -> Result.of(sendMessage(p));
            case "editMessageText" -> Result.of(editMessage(p, true));
            case "editMessageReplyMarkup" -> Result.of(editMessage(p, false));
            case "answerCallbackQuery" -> Result.of(answerCallbackQuery(p));
            case "deleteMessage" -> Result.of(deleteMessage(p));
            case "sendPhoto" -> Result.of(sendFile(request, "photo"));
            case "sendDocument" -> Result.of(sendFile(request, "document"));
            case "sendVideo" -> Result.of(sendFile(request, "video"));
            case "sendChatAction" -> {
                chatId(p);
                yield Result.of(JSON.getNodeFactory().booleanNode(true));
            }
            case "getFile" -> Result.of(getFile(p));
            case "setWebhook" -> setWebhook(p);
            case "deleteWebhook" -> deleteWebhook(p);
            case "getWebhookInfo" -> Result.of(getWebhookInfo());
            case "setMyCommands" -> {
                synchronized (lock) {
                    myCommands = p.has("commands") ? p.get("commands") : JSON.createArrayNode();
                }
                yield Result.of(JSON.getNodeFactory().booleanNode(true));
            }
            case "deleteMyCommands" -> {
                synchronized (lock) {
                    myCommands = JSON.createArrayNode();
                }
                yield Result.of(JSON.getNodeFactory().booleanNode(true));
            }
            case "getMyCommands" -> {
                synchronized (lock) {
                    yield Result.of(myCommands.deepCopy());
                }
            }
            default -> throw new ApiError(404, "Not Found: method not found");
        };
    }

    private ObjectNode getMe() {
        ObjectNode me = botUserJson();
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        me.put("can_connect_to_business", false);
        me.put("has_main_web_app", false);
        return me;
    }

    private ArrayNode getUpdates(ObjectNode p) {
        Long offset = longParam(p, "offset");
        Long limitParam = longParam(p, "limit");
        Long timeoutParam = longParam(p, "timeout");
        int limit = (int) Math.max(1, Math.min(100, limitParam == null ? 100 : limitParam));
        long timeoutMillis = Math.min(Math.max(0, timeoutParam == null ? 0 : timeoutParam) * 1000L,
                longPollCap.toMillis());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            if (!webhookUrl.isEmpty()) {
                throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
            long generation = ++pollGeneration;
            changed(); // wakes (and thereby terminates) an older long poll
            if (offset != null && offset != 0) {
                confirm(offset);
            }
            int from = offset == null || offset <= 0 ? Integer.MIN_VALUE : (int) Math.min(Integer.MAX_VALUE, offset);
            while (true) {
                ArrayNode result = JSON.createArrayNode();
                for (ObjectNode update : pending.tailMap(from, true).values()) {
                    if (result.size() == limit) {
                        break;
                    }
                    result.add(update.deepCopy());
                    deliveries.merge(update.get("update_id").asInt(), 1, Integer::sum);
                }
                if (!result.isEmpty() || closed) {
                    return result;
                }
                if (pollGeneration != generation) {
                    throw new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return result;
                }
                waitingPolls++;
                try {
                    waitOnLock(left);
                } finally {
                    waitingPolls--;
                }
            }
        }
    }

    /** Drops confirmed updates: ids below a positive offset; a negative offset keeps only the last -offset. */
    private void confirm(long offset) {
        if (offset > 0) {
            int below = (int) Math.min(Integer.MAX_VALUE, offset);
            pending.headMap(below, false).clear();
            confirmedBelow = Math.max(confirmedBelow, below);
        } else {
            while (pending.size() > -offset) {
                int first = pending.firstKey();
                pending.remove(first);
                confirmedBelow = Math.max(confirmedBelow, first + 1);
            }
        }
    }

    private ObjectNode sendMessage(ObjectNode p) {
        long chatId = chatId(p);
        String text = textParam(p, "text");
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text.length() > 4096) {
            throw ApiError.badRequest("message is too long");
        }
        JsonNode markup = markup(p);
        synchronized (lock) {
            int id = nextMessageId++;
            long date = now();
            ObjectNode message = botMessage(chatId, id, date);
            message.put("text", text);
            echoInlineMarkup(message, markup);
            messages.put(new MessageKey(chatId, id), message);
            addSent(new SentMessage(++sequence, "sendMessage", chatId, id, date, text, null,
                    textParam(p, "parse_mode"), markup, null, null, null, null, p.deepCopy()));
            return message.deepCopy();
        }
    }

    private JsonNode editMessage(ObjectNode p, boolean text) {
        String method = text ? "editMessageText" : "editMessageReplyMarkup";
        String newText = text ? textParam(p, "text") : null;
        if (text && (newText == null || newText.isBlank())) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text && newText.length() > 4096) {
            throw ApiError.badRequest("message is too long");
        }
        JsonNode markup = markup(p);
        if (markup != null && !markup.has("inline_keyboard")) {
            throw ApiError.badRequest("inline keyboard expected");
        }
        if (!p.hasNonNull("chat_id") && p.hasNonNull("inline_message_id")) {
            return JSON.getNodeFactory().booleanNode(true); // inline messages: nothing to keep
        }
        long chatId = chatId(p);
        Long messageId = longParam(p, "message_id");
        if (messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        synchronized (lock) {
            MessageKey key = new MessageKey(chatId, messageId.intValue());
            ObjectNode message = messages.get(key);
            if (message == null || deletedMessages.contains(key)) {
                throw ApiError.badRequest("message to edit not found");
            }
            if (message.path("from").path("id").asLong() != botId) {
                throw ApiError.badRequest("message can't be edited");
            }
            if (text && !message.has("text")) {
                throw ApiError.badRequest("there is no text in the message to edit");
            }
            JsonNode oldMarkup = message.get("reply_markup");
            boolean sameText = !text || newText.equals(message.path("text").asText());
            if (sameText && Objects.equals(markup, oldMarkup)) {
                throw ApiError.badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }
            if (text) {
                message.put("text", newText);
            }
            if (markup == null) {
                message.remove("reply_markup"); // Telegram drops the inline keyboard unless it is given again
            } else {
                message.set("reply_markup", markup.deepCopy());
            }
            long date = now();
            message.put("edit_date", date);
            addSent(new SentMessage(++sequence, method, chatId, key.messageId(), date,
                    message.has("text") ? message.get("text").asText() : null,
                    message.has("caption") ? message.get("caption").asText() : null,
                    textParam(p, "parse_mode"), markup, null, null, null, null, p.deepCopy()));
            return message.deepCopy();
        }
    }

    private JsonNode answerCallbackQuery(ObjectNode p) {
        String id = textParam(p, "callback_query_id");
        if (id == null) {
            throw ApiError.badRequest("Parameter \"callback_query_id\" is required");
        }
        synchronized (lock) {
            if (!callbackQueries.containsKey(id)) {
                throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
            }
        }
        return JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteMessage(ObjectNode p) {
        long chatId = chatId(p);
        Long messageId = longParam(p, "message_id");
        if (messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        synchronized (lock) {
            MessageKey key = new MessageKey(chatId, messageId.intValue());
            if (!messages.containsKey(key) || deletedMessages.contains(key)) {
                throw ApiError.badRequest("message to delete not found");
            }
            deletedMessages.add(key);
            changed();
        }
        return JSON.getNodeFactory().booleanNode(true);
    }

    private ObjectNode sendFile(ApiRequest request, String field) {
        ObjectNode p = request.params;
        long chatId = chatId(p);
        String caption = textParam(p, "caption");
        if (caption != null && caption.length() > 1024) {
            throw ApiError.badRequest("message caption is too long");
        }
        JsonNode markup = markup(p);
        // The file: a part named like the field, "attach://<part>", a known file_id or an HTTP URL.
        UploadedFile upload = request.files.get(field);
        String value = textParam(p, field);
        StoredFile existing = null;
        String url = null;
        if (upload == null) {
            if (value == null || value.isEmpty()) {
                throw ApiError.badRequest("there is no " + field + " in the request");
            }
            if (value.startsWith("attach://")) {
                upload = request.files.get(value.substring("attach://".length()));
            } else if (value.startsWith("http://") || value.startsWith("https://")) {
                url = value;
            } else {
                synchronized (lock) {
                    existing = filesById.get(value);
                }
            }
            if (upload == null && url == null && existing == null) {
                throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
            }
        }
        String folder = switch (field) {
            case "photo" -> "photos";
            case "video" -> "videos";
            default -> "documents";
        };
        String method = switch (field) {
            case "photo" -> "sendPhoto";
            case "video" -> "sendVideo";
            default -> "sendDocument";
        };
        synchronized (lock) {
            StoredFile file;
            if (existing != null) {
                file = existing;
            } else if (upload != null) {
                file = storeFile(upload.bytes(), upload.fileName(), guessMime(upload.fileName(), upload.contentType()), folder);
            } else {
                String name = url.substring(url.lastIndexOf('/') + 1);
                file = storeFile(new byte[0], name, guessMime(name, null), folder);
            }
            int id = nextMessageId++;
            long date = now();
            ObjectNode message = botMessage(chatId, id, date);
            String fileId;
            if (field.equals("photo")) {
                ArrayNode sizes = photoSizes(file);
                message.set("photo", sizes);
                fileId = sizes.get(sizes.size() - 1).get("file_id").asText();
            } else if (field.equals("video")) {
                message.set("video", videoJson(file));
                fileId = file.fileId();
            } else {
                message.set("document", documentJson(file));
                fileId = file.fileId();
            }
            if (caption != null) {
                message.put("caption", caption);
            }
            echoInlineMarkup(message, markup);
            messages.put(new MessageKey(chatId, id), message);
            addSent(new SentMessage(++sequence, method, chatId, id, date, null, caption, textParam(p, "parse_mode"),
                    markup, file.bytes().clone(), file.fileName(), file.mimeType(), fileId, p.deepCopy()));
            return message.deepCopy();
        }
    }

    private ObjectNode getFile(ObjectNode p) {
        String fileId = textParam(p, "file_id");
        StoredFile file;
        synchronized (lock) {
            file = fileId == null ? null : filesById.get(fileId);
        }
        if (file == null) {
            throw ApiError.badRequest("invalid file_id");
        }
        if (file.bytes().length > MAX_GET_FILE_SIZE) {
            throw ApiError.badRequest("file is too big");
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("file_id", fileId);
        result.put("file_unique_id", file.fileUniqueId());
        result.put("file_size", file.bytes().length);
        result.put("file_path", file.filePath());
        return result;
    }

    private Result setWebhook(ObjectNode p) {
        String url = textParam(p, "url");
        if (url == null || url.isEmpty()) {
            return deleteWebhook(p);
        }
        synchronized (lock) {
            webhookUrl = url;
            webhookSecret = textParam(p, "secret_token");
            if (booleanParam(p, "drop_pending_updates")) {
                pending.clear();
            }
        }
        return new Result(JSON.getNodeFactory().booleanNode(true), "Webhook was set");
    }

    private Result deleteWebhook(ObjectNode p) {
        synchronized (lock) {
            boolean had = !webhookUrl.isEmpty();
            webhookUrl = "";
            webhookSecret = null;
            if (booleanParam(p, "drop_pending_updates")) {
                pending.clear();
            }
            return new Result(JSON.getNodeFactory().booleanNode(true),
                    had ? "Webhook was deleted" : "Webhook is already deleted");
        }
    }

    private ObjectNode getWebhookInfo() {
        synchronized (lock) {
            ObjectNode info = JSON.createObjectNode();
            info.put("url", webhookUrl);
            info.put("has_custom_certificate", false);
            info.put("pending_update_count", pending.size());
            if (!webhookUrl.isEmpty()) {
                info.put("max_connections", 40);
            }
            return info;
        }
    }

    private void download(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String requestToken = slash < 0 ? rest : rest.substring(0, slash);
        String filePath = slash < 0 ? "" : URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
        ObjectNode params = JSON.createObjectNode().put("file_path", filePath);
        StoredFile file;
        synchronized (lock) {
            file = filesByPath.get(filePath);
        }
        ApiError error = !token.equals(requestToken) ? new ApiError(401, "Unauthorized")
                : file == null ? new ApiError(404, "Not Found") : null;
        if (error != null) {
            ObjectNode body = errorBody(error);
            recordCall("downloadFile", params, List.of(), null, error.code, body);
            respond(exchange, error.code, body);
            return;
        }
        recordCall("downloadFile", params, List.of(), null, 200, JSON.createObjectNode().put("bytes", file.bytes().length));
        exchange.getResponseHeaders().set("Content-Type", file.mimeType());
        exchange.sendResponseHeaders(200, file.bytes().length == 0 ? -1 : file.bytes().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file.bytes());
        }
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static ObjectNode errorBody(ApiError error) {
        ObjectNode body = JSON.createObjectNode();
        body.put("ok", false);
        body.put("error_code", error.code);
        body.put("description", error.description);
        if (error.retryAfter != null) {
            body.putObject("parameters").put("retry_after", error.retryAfter);
        }
        return body;
    }

    private void checkInjectedFailure(String method) {
        synchronized (lock) {
            Deque<ApiError> queue = failures.get(method.toLowerCase(Locale.ROOT));
            ApiError failure = queue == null ? null : queue.poll();
            if (failure != null) {
                throw failure;
            }
        }
    }

    private void checkBlocked(String method, ObjectNode p) {
        if (!CHAT_METHODS.contains(method)) {
            return;
        }
        Long chatId;
        try {
            chatId = longParam(p, "chat_id");
        } catch (ApiError e) {
            return; // the method itself reports it
        }
        synchronized (lock) {
            if (chatId != null && blockedChats.contains(chatId)) {
                throw new ApiError(403, FORBIDDEN_BLOCKED);
            }
        }
    }

    private void record(String method, ApiRequest request, int status, JsonNode body) {
        recordCall(method, request == null ? JSON.createObjectNode() : request.params,
                request == null ? List.of() : List.copyOf(request.files.values()),
                request == null ? null : request.contentType, status, body);
    }

    private void recordCall(String method, JsonNode params, List<UploadedFile> files, String contentType,
                            int status, JsonNode body) {
        synchronized (lock) {
            calls.add(new RecordedCall(++sequence, method, params.deepCopy(), files, contentType, status, body.deepCopy(),
                    Instant.now()));
            changed();
        }
    }

    // ---------------------------------------------------------------- parameters

    private static long chatId(ObjectNode p) {
        JsonNode v = p.get("chat_id");
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        try {
            return v.isNumber() ? v.asLong() : Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("chat not found");
        }
    }

    private static Long longParam(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        if (v.isNumber()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
    }

    private static String textParam(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    private static boolean booleanParam(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        return v != null && (v.asBoolean(false) || "true".equalsIgnoreCase(v.asText()));
    }

    /** reply_markup, checked as Telegram does for callback_data; null when absent. */
    private static JsonNode markup(ObjectNode p) {
        JsonNode markup = p.get("reply_markup");
        if (markup == null || markup.isNull()) {
            return null;
        }
        if (!markup.isObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                JsonNode data = button.get("callback_data");
                if (data != null && data.asText().getBytes(StandardCharsets.UTF_8).length > 64) {
                    throw ApiError.badRequest("BUTTON_DATA_INVALID");
                }
            }
        }
        return markup.deepCopy();
    }

    private static String guessMime(String fileName, String partType) {
        if (partType != null && !partType.isBlank() && !partType.startsWith("application/octet-stream")) {
            return partType;
        }
        String guessed = fileName == null ? null : URLConnection.guessContentTypeFromName(fileName);
        return guessed != null ? guessed : "application/octet-stream";
    }

    // ---------------------------------------------------------------- state shared with Updates

    int nextUpdateId() {
        synchronized (lock) {
            return nextUpdateId++;
        }
    }

    int nextMessageId() {
        synchronized (lock) {
            return nextMessageId++;
        }
    }

    String nextCallbackQueryId() {
        synchronized (lock) {
            return String.valueOf(600_000_000_000_000_000L + nextCallbackQuery++);
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** Remembers an update built by Updates (for updateJson, awaitReplyTo and callback query ids). */
    void recordUpdate(ObjectNode update) {
        synchronized (lock) {
            int id = update.get("update_id").asInt();
            updateHistory.put(id, update.deepCopy());
            updateSequence.put(id, ++sequence);
            JsonNode query = update.get("callback_query");
            if (query != null && query.hasNonNull("id")) {
                callbackQueries.put(query.get("id").asText(), id);
            }
        }
    }

    void rememberMessage(long chatId, ObjectNode message) {
        synchronized (lock) {
            messages.put(new MessageKey(chatId, message.get("message_id").asInt()), message.deepCopy());
        }
    }

    /** A copy of a message the fake knows in this chat, or null; deleted ones come back with date 0. */
    ObjectNode knownMessage(long chatId, int messageId) {
        synchronized (lock) {
            MessageKey key = new MessageKey(chatId, messageId);
            ObjectNode message = messages.get(key);
            if (message == null) {
                return null;
            }
            if (deletedMessages.contains(key)) {
                ObjectNode inaccessible = JSON.createObjectNode();
                inaccessible.set("chat", message.get("chat").deepCopy());
                inaccessible.put("message_id", messageId);
                inaccessible.put("date", 0);
                return inaccessible;
            }
            return message.deepCopy();
        }
    }

    StoredFile storeFile(byte[] bytes, String fileName, String mimeType, String folder) {
        synchronized (lock) {
            int n = nextFile++;
            String extension = fileName != null && fileName.lastIndexOf('.') > 0
                    ? fileName.substring(fileName.lastIndexOf('.')) : switch (folder) {
                case "photos" -> ".jpg";
                case "voice" -> ".oga";
                case "stickers" -> ".webp";
                default -> "";
            };
            StoredFile file = new StoredFile("FAKE-" + folder + "-" + n + "-" + Integer.toHexString(token.hashCode()),
                    "U" + n, folder + "/file_" + n + extension, fileName, mimeType, bytes.clone());
            filesById.put(file.fileId(), file);
            filesByPath.put(file.filePath(), file);
            return file;
        }
    }

    /** Two PhotoSize objects (a thumbnail and the full size), each a file of its own with the same bytes. */
    ArrayNode photoSizes(StoredFile full) {
        StoredFile thumb = storeFile(full.bytes(), full.fileName(), full.mimeType(), "photos");
        ArrayNode sizes = JSON.createArrayNode();
        sizes.add(photoSize(thumb, 90, 67));
        sizes.add(photoSize(full, 800, 600));
        return sizes;
    }

    private static ObjectNode photoSize(StoredFile file, int width, int height) {
        ObjectNode size = JSON.createObjectNode();
        size.put("file_id", file.fileId());
        size.put("file_unique_id", file.fileUniqueId());
        size.put("file_size", file.bytes().length);
        size.put("width", width);
        size.put("height", height);
        return size;
    }

    /** A Video object: the file's fields, and a fixed size and length (the fake does not read the video). */
    static ObjectNode videoJson(StoredFile file) {
        ObjectNode video = documentJson(file);
        video.put("width", 640);
        video.put("height", 360);
        video.put("duration", 60);
        return video;
    }

    static ObjectNode documentJson(StoredFile file) {
        ObjectNode document = JSON.createObjectNode();
        if (file.fileName() != null) {
            document.put("file_name", file.fileName());
        }
        document.put("mime_type", file.mimeType());
        document.put("file_id", file.fileId());
        document.put("file_unique_id", file.fileUniqueId());
        document.put("file_size", file.bytes().length);
        return document;
    }

    ObjectNode botUserJson() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", botId);
        bot.put("is_bot", true);
        bot.put("first_name", botFirstName);
        bot.put("username", botUsername);
        return bot;
    }

    UserInfo user(long userId) {
        synchronized (lock) {
            return users.getOrDefault(userId, new UserInfo(userId, "User " + userId, null, null));
        }
    }

    ObjectNode userJson(long userId) {
        UserInfo u = user(userId);
        ObjectNode json = JSON.createObjectNode();
        json.put("id", userId);
        json.put("is_bot", false);
        json.put("first_name", u.firstName());
        if (u.username() != null) {
            json.put("username", u.username());
        }
        if (u.languageCode() != null) {
            json.put("language_code", u.languageCode());
        }
        return json;
    }

    /** A private chat (positive id: the user's), a group, or a supergroup (ids from -100…). */
    ObjectNode chatJson(long chatId) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        if (chatId > 0) {
            UserInfo u = user(chatId);
            chat.put("first_name", u.firstName());
            if (u.username() != null) {
                chat.put("username", u.username());
            }
            chat.put("type", "private");
        } else {
            chat.put("title", "Group " + (-chatId));
            chat.put("type", chatId <= -1_000_000_000_000L ? "supergroup" : "group");
        }
        return chat;
    }

    private ObjectNode botMessage(long chatId, int messageId, long date) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", botUserJson());
        message.set("chat", chatJson(chatId));
        message.put("date", date);
        return message;
    }

    /** Telegram's Message.reply_markup holds inline keyboards only; reply keyboards are not echoed. */
    private static void echoInlineMarkup(ObjectNode message, JsonNode markup) {
        if (markup != null && markup.has("inline_keyboard")) {
            message.set("reply_markup", markup.deepCopy());
        }
    }

    private static long chatOf(ObjectNode update) {
        for (String field : List.of("message", "edited_message", "channel_post", "edited_channel_post")) {
            if (update.has(field)) {
                return update.get(field).path("chat").path("id").asLong();
            }
        }
        if (update.has("callback_query")) {
            JsonNode query = update.get("callback_query");
            return query.has("message") ? query.get("message").path("chat").path("id").asLong()
                    : query.path("from").path("id").asLong();
        }
        for (String field : List.of("my_chat_member", "chat_member", "chat_join_request")) {
            if (update.has(field)) {
                return update.get(field).path("chat").path("id").asLong();
            }
        }
        throw new IllegalArgumentException("no chat in update " + update);
    }

    private void addSent(SentMessage message) {
        sent.add(message);
        changed();
    }

    /** Called with lock held after any change, to wake long polls and awaits. */
    private void changed() {
        lock.notifyAll();
    }

    private void waitOnLock(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private SentMessage awaitSent(Predicate<SentMessage> matching, Duration timeout, java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            List<SentMessage> snapshot;
            synchronized (lock) {
                snapshot = List.copyOf(sent.subList(checked, sent.size()));
            }
            for (SentMessage m : snapshot) { // the predicate runs outside the lock
                if (matching.test(m)) {
                    return m;
                }
            }
            checked += snapshot.size();
            synchronized (lock) {
                long left = deadline - System.nanoTime();
                if (sent.size() == checked) {
                    if (left <= 0 || closed) {
                        throw new AssertionError(failure.get());
                    }
                    waitOnLock(left);
                }
            }
        }
    }

    private static Map<String, String> canonicalNames(String... names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name.toLowerCase(Locale.ROOT), name);
        }
        return Map.copyOf(map);
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "FakeBotApi[" + (server == null ? "not started" : baseUrl()) + ", pending="
                    + pending.keySet() + ", sent=" + sent.size() + ", calls="
                    + calls.stream().map(RecordedCall::method).collect(Collectors.groupingBy(m -> m, Collectors.counting()))
                    + "]";
        }
    }
}
