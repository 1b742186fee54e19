package ir.kanoonyar.bot.forms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import ir.kanoonyar.db.request.RequestType;

/**
 * The form flow's start argument: a whole new form, or (requestId set) only the given fields of a
 * returned request, its other answers kept.
 */
public record FormStart(RequestType type, Long requestId, List<String> fields, Map<String, String> answers) {

    public FormStart {
        Objects.requireNonNull(type, "type");
        fields = fields == null ? null : List.copyOf(fields);
        answers = answers == null ? Map.of() : answers;
    }

    public static FormStart of(RequestType type) {
        return new FormStart(type, null, null, null);
    }

    public static FormStart fix(RequestType type, long requestId, List<String> fields, Map<String, String> answers) {
        return new FormStart(type, requestId, Objects.requireNonNull(fields, "fields"), answers);
    }
}
