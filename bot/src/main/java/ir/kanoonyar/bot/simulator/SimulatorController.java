package ir.kanoonyar.bot.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import ir.kanoonyar.bot.channel.InboxStore;
import ir.kanoonyar.bot.channel.UpdateEnvelope;
import ir.kanoonyar.bot.media.MediaFile;
import ir.kanoonyar.db.person.Channel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat simulator: a page where someone chats with the bot as a chosen user, without a
 * messenger. What they send becomes a Telegram-shaped update and goes through the same inbox,
 * conversation and outbox as a real one; the replies come back through the simulator's sender.
 */
@Controller
@ConditionalOnSimulator
class SimulatorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InboxStore inbox;
    private final SimulatorTranscripts transcripts;
    private final Clock clock;
    /**
     * Update ids go on from the last one stored, so after a restart the unique key never mistakes a new
     * update for a repeat; they stay within an int, as Telegram's do.
     */
    private final AtomicLong updateIds;
    private final AtomicLong messageIds = new AtomicLong();
    private final SimulatorFiles files;

    SimulatorController(InboxStore inbox, SimulatorTranscripts transcripts, Clock clock, JdbcTemplate jdbc,
                        SimulatorFiles files) {
        this.inbox = inbox;
        this.files = files;
        this.transcripts = transcripts;
        this.clock = clock;
        Long last = jdbc.queryForObject("SELECT COALESCE(MAX(update_id), 0) FROM inbound_update WHERE channel = ?",
                Long.class, Channel.SIMULATOR.name());
        this.updateIds = new AtomicLong(last == null ? 0 : last);
    }

    /** What the page posts. kind: text, contact, location or button. */
    record Input(long userId, String firstName, String kind, String text, String phone, Boolean ownContact,
                 Double latitude, Double longitude, String data, Integer messageId) {
    }

    @GetMapping("/simulator")
    String page() {
        return "simulator";
    }

    @PostMapping("/simulator/api/messages")
    @ResponseBody
    ResponseEntity<Map<String, Object>> send(@RequestBody Input input) {
        if (input.userId() <= 0 || input.kind() == null) {
            return ResponseEntity.badRequest().body(Map.of("ok", false, "error", "userId and kind are required"));
        }
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateIds.incrementAndGet());
        switch (input.kind()) {
            case "text" -> {
                ObjectNode message = message(update, input);
                message.put("text", input.text() == null ? "" : input.text());
                shown(input, input.text());
            }
            case "contact" -> {
                ObjectNode contact = message(update, input).putObject("contact");
                contact.put("phone_number", input.phone());
                contact.put("first_name", name(input));
                if (!Boolean.FALSE.equals(input.ownContact())) {
                    contact.put("user_id", input.userId());
                }
                shown(input, "📞 " + input.phone());
            }
            case "location" -> {
                ObjectNode location = message(update, input).putObject("location");
                location.put("latitude", input.latitude());
                location.put("longitude", input.longitude());
                shown(input, "📍 " + input.latitude() + "، " + input.longitude());
            }
            case "button" -> {
                ObjectNode callback = update.putObject("callback_query");
                callback.put("id", UUID.randomUUID().toString());
                from(callback, input);
                callback.put("chat_instance", String.valueOf(input.userId()));
                callback.put("data", input.data());
                ObjectNode message = callback.putObject("message");
                message.put("message_id", input.messageId() == null ? 0 : input.messageId());
                message.put("date", clock.instant().getEpochSecond());
                chat(message, input);
            }
            default -> {
                return ResponseEntity.badRequest().body(Map.of("ok", false, "error", "unknown kind"));
            }
        }
        return store(update);
    }

    @PostMapping("/simulator/api/photo")
    @ResponseBody
    ResponseEntity<Map<String, Object>> photo(@RequestParam long userId, @RequestParam(required = false) String firstName,
                                              @RequestParam MultipartFile file) throws IOException {
        Input input = new Input(userId, firstName, "photo", null, null, null, null, null, null, null);
        String fileId = files.put(file.getBytes());
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateIds.incrementAndGet());
        ObjectNode size = message(update, input).putArray("photo").addObject();
        size.put("file_id", fileId);
        size.put("file_unique_id", fileId);
        size.put("file_size", file.getSize());
        size.put("width", 0);
        size.put("height", 0);
        shown(input, "🖼 " + (file.getOriginalFilename() == null ? "" : file.getOriginalFilename()));
        return store(update);
    }

    @GetMapping("/simulator/api/messages")
    @ResponseBody
    List<SimulatorTranscripts.Entry> messages(@RequestParam long userId, @RequestParam(defaultValue = "0") long after) {
        return transcripts.after(userId, after);
    }

    /** A file the bot sent to a simulated chat (a lesson's picture, a certificate). */
    @GetMapping("/simulator/api/files/{entryId}")
    ResponseEntity<byte[]> file(@PathVariable long entryId) {
        MediaFile file = transcripts.file(entryId);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    private ResponseEntity<Map<String, Object>> store(ObjectNode update) {
        try {
            inbox.store(Channel.SIMULATOR, UpdateEnvelope.read(update.toString()));
        } catch (UpdateEnvelope.MalformedUpdateException e) {
            return ResponseEntity.badRequest().body(Map.of("ok", false, "error", e.getMessage()));
        }
        return ResponseEntity.ok(Map.of("ok", true));
    }

    private ObjectNode message(ObjectNode update, Input input) {
        ObjectNode message = update.putObject("message");
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", clock.instant().getEpochSecond());
        from(message, input);
        chat(message, input);
        return message;
    }

    private void from(ObjectNode parent, Input input) {
        ObjectNode from = parent.putObject("from");
        from.put("id", input.userId());
        from.put("is_bot", false);
        from.put("first_name", name(input));
    }

    private void chat(ObjectNode message, Input input) {
        ObjectNode chat = message.putObject("chat");
        chat.put("id", input.userId());
        chat.put("type", "private");
        chat.put("first_name", name(input));
    }

    private void shown(Input input, String text) {
        transcripts.add(input.userId(), false, text == null ? "" : text, null);
    }

    private static String name(Input input) {
        return input.firstName() == null || input.firstName().isBlank() ? "کاربر " + input.userId() : input.firstName();
    }
}
