package ir.kanoonyar.bot.channel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates that never fails on one update it cannot map, and that counts update ids as longs.
 *
 * <p>TelegramBots maps the whole batch at once, so a single odd update (Bale's forward_from_chat
 * without a type) would make every poll fail and be retried forever. Here each update is mapped alone
 * and leniently ({@link LenientUpdateReader}); one that still fails becomes a bare Update, and every
 * update's raw JSON is handed over for storing as it came.
 *
 * <p>TelegramBots' poller keeps update ids and the offset as ints: an id above 2³¹ would overflow
 * it. So the poller sees stand-in ids (1, 2, 3… per session, always rising, which is all it needs to
 * drop repeats) and the offset sent to the messenger comes from {@link Offset}, a long that moves only
 * once an update is stored.
 */
@JsonSerialize(using = LenientGetUpdates.AsJson.class)
final class LenientGetUpdates extends GetUpdates {

    private final transient ObjectMapper json;
    private final transient Offset offset;

    LenientGetUpdates(Offset offset, int limit, int timeoutSeconds, ObjectMapper json) {
        super(null, limit, timeoutSeconds, List.of());
        this.json = json;
        this.offset = offset;
    }

    long offsetToSend() {
        return offset.next();
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to read getUpdates answer", e);
        }
        if (!root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // throws with the API's error
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode node : root.path("result")) {
            if (!node.path("update_id").canConvertToLong()) {
                continue; // no id: nothing to store it under, nor to acknowledge
            }
            long id = node.path("update_id").asLong();
            Update update;
            try {
                update = LenientUpdateReader.read(json, node);
            } catch (UpdateTranslator.UnreadableUpdateException unmappable) {
                update = new Update(); // stored as it came; the inbox answers it with the apology
            }
            int standIn = offset.handOver(id, node.toString());
            update.setUpdateId(standIn);
            updates.add(update);
        }
        return updates;
    }

    /**
     * One messenger's polling position: the offset to ask from (the stored update ids + 1, as a
     * long) and the updates handed to the poller but not stored yet, by stand-in id.
     */
    static final class Offset {

        private final AtomicInteger lastStandIn = new AtomicInteger();
        private final Map<Integer, RawUpdate> pending = new ConcurrentHashMap<>();
        private volatile long next = 1;

        long next() {
            return next;
        }

        int handOver(long updateId, String json) {
            int standIn = lastStandIn.incrementAndGet();
            pending.put(standIn, new RawUpdate(updateId, json));
            return standIn;
        }

        /** The update behind a stand-in id, taken out (null when unknown). */
        RawUpdate take(int standIn) {
            return pending.remove(standIn);
        }

        /** The update is stored: the next poll acknowledges it. */
        synchronized void stored(long updateId) {
            next = Math.max(next, updateId + 1);
        }
    }

    record RawUpdate(long updateId, String json) {
    }

    /** getUpdates' parameters as the Bot API reads them, with a long offset. */
    static final class AsJson extends StdSerializer<LenientGetUpdates> {

        AsJson() {
            super(LenientGetUpdates.class);
        }

        @Override
        public void serialize(LenientGetUpdates value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            out.writeStringField("method", value.getMethod());
            out.writeNumberField("offset", value.offsetToSend());
            if (value.getLimit() != null) {
                out.writeNumberField("limit", value.getLimit());
            }
            if (value.getTimeout() != null) {
                out.writeNumberField("timeout", value.getTimeout());
            }
            out.writeArrayFieldStart("allowed_updates");
            for (String allowed : value.getAllowedUpdates() == null ? List.<String>of() : value.getAllowedUpdates()) {
                out.writeString(allowed);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }
}
