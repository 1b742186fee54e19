package ir.kanoonyar.db.form;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static ir.kanoonyar.db.form.FieldKeys.ADDRESS;
import static ir.kanoonyar.db.form.FieldKeys.FIRST_NAME;
import static ir.kanoonyar.db.form.FieldKeys.LAST_NAME;
import static ir.kanoonyar.db.form.FieldKeys.LOCALITY;
import static ir.kanoonyar.db.form.FieldKeys.MOSQUE_ADDRESS;
import static ir.kanoonyar.db.form.FieldKeys.MOSQUE_NAME;
import static ir.kanoonyar.db.form.FieldKeys.PROPOSED_NAME;

/**
 * The columns a free-text answer lands in. Every answer is kept in {@code request_answer.value_text};
 * some are copied further when the request is filed or approved (a registration's names and address
 * into {@code person}, an establishment's mosque and kanoon into {@code mosque} and {@code kanoon}).
 * A field's {@link FieldDefinition#maxLength()} must fit all of them, so an answer too long is
 * refused when it is typed, with the limit, instead of failing on write after the person confirmed;
 * a MariaDB test reads the columns' widths and holds the form definitions to them.
 */
public final class AnswerColumns {

    /** Where every answer is kept, as {@code table.column}. */
    public static final String EVERY_ANSWER = "request_answer.value_text";

    /** The width of {@code person.address} and {@code mosque.address}. */
    public static final int ADDRESS_LENGTH = 500;

    private static final Map<String, List<String>> COPIED_TO = Map.of(
            FIRST_NAME, List.of("person.first_name"),
            LAST_NAME, List.of("person.last_name"),
            ADDRESS, List.of("person.address"),
            MOSQUE_NAME, List.of("mosque.name"),
            LOCALITY, List.of("mosque.locality"),
            MOSQUE_ADDRESS, List.of("mosque.address"),
            PROPOSED_NAME, List.of("kanoon.name"));

    private AnswerColumns() {
    }

    /** Every column ({@code table.column}) the answer of that field is written to. */
    public static List<String> of(String fieldKey) {
        List<String> copies = COPIED_TO.getOrDefault(fieldKey, List.of());
        return Stream.concat(Stream.of(EVERY_ANSWER), copies.stream()).toList();
    }

    /** The fields whose answers are copied beyond {@link #EVERY_ANSWER}. */
    public static Set<String> copiedFields() {
        return COPIED_TO.keySet();
    }
}
