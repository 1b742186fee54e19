package ir.kanoonyar.bot.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import ir.kanoonyar.bot.conversation.Reply;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Reply} as the JSON of outbox_message.body: {@code {"text":"…","keyboard":{"kind":"NONE","rows":[]}}},
 * buttons as {@code {"text":"…","data":"…","request":"NONE"}} (absent fields are left out). The
 * back-office writes plain text rows in the same shape without the bot's types
 * ({@code OutboxMessage.text}). A mapper of its own, so no change to the app's JSON settings changes
 * what is stored.
 */
public final class OutboxBody {

    private static final JsonMapper JSON = JsonMapper.builder()
            // Jackson 3 sorts properties by name; keep the record order: text first, as the back-office writes it.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private OutboxBody() {
    }

    public static String write(Reply reply) {
        return JSON.writeValueAsString(reply);
    }

    /** @throws IllegalArgumentException when the body is not a reply */
    public static Reply read(String body) {
        try {
            Reply reply = JSON.readValue(body, Reply.class);
            if (reply == null) {
                throw new IllegalArgumentException("outbox body is null");
            }
            return reply;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("unreadable outbox body: " + e.getOriginalMessage(), e);
        }
    }
}
