package ir.kanoonyar.db.persian;

import java.util.Objects;
import java.util.Optional;

/**
 * Either the normalised value of something a person typed, or the reason it was refused.
 *
 * <p>Typed input is expected to be wrong often, so refusing it is an answer, not an exception.
 * One {@link Reason} enum serves every format so that a form engine can map reasons to Persian
 * messages in one place.
 */
public final class ParseResult<T> {

    /** Why input was refused. Each parser documents which of these it gives. */
    public enum Reason {
        /** Nothing but whitespace (or null). */
        EMPTY,
        /** Characters other than digits and the separators the format allows. */
        NOT_DIGITS,
        /** Digits, but too few or too many. */
        WRONG_LENGTH,
        /** National code made of ten equal digits: it passes the checksum but is never issued. */
        ALL_SAME,
        /** The check digit does not match. */
        BAD_CHECKSUM,
        /** Digits of the right length, but not an Iranian mobile number (e.g. a landline). */
        NOT_MOBILE,
        /** Not shaped like the expected pattern, e.g. a date that is not year/month/day. */
        BAD_FORMAT,
        YEAR_OUT_OF_RANGE,
        MONTH_OUT_OF_RANGE,
        /** The day does not exist in that month of that year (e.g. 30 Esfand of a common year). */
        DAY_OUT_OF_RANGE
    }

    private final T value;
    private final Reason reason;

    private ParseResult(T value, Reason reason) {
        this.value = value;
        this.reason = reason;
    }

    public static <T> ParseResult<T> valid(T value) {
        return new ParseResult<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> ParseResult<T> invalid(Reason reason) {
        return new ParseResult<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isValid() {
        return reason == null;
    }

    /** The normalised value; only call when {@link #isValid()}. */
    public T value() {
        if (!isValid()) {
            throw new IllegalStateException("Refused input has no value, reason: " + reason);
        }
        return value;
    }

    /** Why the input was refused; only call when not {@link #isValid()}. */
    public Reason reason() {
        if (isValid()) {
            throw new IllegalStateException("Accepted input has no reason");
        }
        return reason;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParseResult<?> that
                && Objects.equals(value, that.value)
                && reason == that.reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason);
    }

    @Override
    public String toString() {
        return isValid() ? "valid(" + value + ")" : "invalid(" + reason + ")";
    }
}
