package ir.kanoonyar.db.form;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of validating one answer: the normalised value to store, or the bundle key of the
 * Persian reason it was refused and its MessageFormat arguments (strings ready to show, with
 * Persian digits).
 *
 * <p>A valid result with a null value is a skipped optional field: nothing is stored.
 */
public record FieldResult(boolean valid, String value, String reasonKey, Object[] reasonArgs) {

    private static final Object[] NO_ARGS = new Object[0];

    public FieldResult {
        reasonArgs = reasonArgs == null ? NO_ARGS : reasonArgs.clone();
        if (valid && reasonKey != null) {
            throw new IllegalArgumentException("A valid result has no reason");
        }
        if (!valid && (reasonKey == null || value != null)) {
            throw new IllegalArgumentException("A refused answer has a reason and no value");
        }
    }

    /** Accepted; {@code normalizedValue} is what is stored in {@code request_answer.value_text}. */
    public static FieldResult ok(String normalizedValue) {
        return new FieldResult(true, Objects.requireNonNull(normalizedValue, "normalizedValue"), null, null);
    }

    /** An optional field was skipped: valid, nothing to store. */
    public static FieldResult skipped() {
        return new FieldResult(true, null, null, null);
    }

    /** Refused, with the bundle key of the reason and its arguments. */
    public static FieldResult invalid(String reasonKey, Object... args) {
        return new FieldResult(false, null, Objects.requireNonNull(reasonKey, "reasonKey"), args);
    }

    public boolean isSkipped() {
        return valid && value == null;
    }

    @Override
    public Object[] reasonArgs() {
        return reasonArgs.clone();
    }

    /** The Persian reason, for a refused answer. */
    public String reason(FormMessages messages) {
        return messages.reason(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldResult that
                && valid == that.valid
                && Objects.equals(value, that.value)
                && Objects.equals(reasonKey, that.reasonKey)
                && Arrays.equals(reasonArgs, that.reasonArgs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(valid, value, reasonKey, Arrays.hashCode(reasonArgs));
    }

    @Override
    public String toString() {
        if (isSkipped()) {
            return "skipped";
        }
        return valid ? "ok(" + value + ")" : "invalid(" + reasonKey + Arrays.toString(reasonArgs) + ")";
    }
}
