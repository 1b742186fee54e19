package ir.kanoonyar.bot.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One request the fake received, successful or not, in arrival order.
 *
 * @param sequence    position in the fake's global order (shared with updates and sent messages)
 * @param method      the canonical method name (e.g. {@code sendMessage}) for known methods, otherwise the
 *                    name as requested
 * @param params      every parameter (query string + body), JSON fields such as reply_markup parsed;
 *                    a file parameter keeps its value as sent (e.g. {@code "attach://report.pdf"})
 * @param files       the multipart file parts, empty otherwise
 * @param contentType the request's Content-Type header, or null
 * @param httpStatus  the status answered: 200, or the error code
 * @param response    the JSON answered
 * @param answeredAt  when the fake answered it (the system clock, not the fake's date clock)
 */
public record RecordedCall(long sequence, String method, JsonNode params, List<UploadedFile> files,
                           String contentType, int httpStatus, JsonNode response, Instant answeredAt) {

    public boolean ok() {
        return httpStatus == 200;
    }

    /** A parameter as text (JSON values as their JSON text), or null when absent. */
    public String param(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The error code answered, or null when the call succeeded. */
    public Integer errorCode() {
        return ok() ? null : httpStatus;
    }
}
