package ir.kanoonyar.db.member;

/** A value read from what a person typed or a spreadsheet cell held: the value, or why it is refused. */
public record Checked<T>(T value, Refusal refusal) {

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> refused(Refusal refusal) {
        return new Checked<>(null, refusal);
    }

    public boolean isOk() {
        return refusal == null;
    }
}
