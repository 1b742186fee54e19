package ir.kanoonyar.backoffice.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The inbox columns one can sort by, each with the SQL it orders on. Only these expressions ever
 * reach the query: a sort parameter is looked up here, never copied into SQL.
 */
public enum InboxSort {
    CODE("r", "tracking_code"),
    TYPE("r", "type"),
    APPLICANT("p", "last_name"),
    PLACE("k", "name"),
    COUNTY("c", "name"),
    STEP("r", "status"),
    SUBMITTED("r", "submitted_at"),
    DUE("r", "due_at"),
    LAST_ACTION("r", "updated_at");

    private final String column;

    /** A table alias of Inbox's query and a column of that table. */
    InboxSort(String alias, String column) {
        this.column = alias + "." + column;
    }

    String column() {
        return column;
    }

    /** The column named in the address, if it is one of these (case ignored). */
    public static Optional<InboxSort> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }

    /** What a view is sorted by until the staff member picks a column: the oldest due first while waiting. */
    public static InboxSort defaultFor(InboxView view) {
        return view == InboxView.WAITING ? DUE : SUBMITTED;
    }

    /** Due first in ascending order (most urgent); submitted and last action newest first. */
    public static boolean defaultDescending(InboxSort sort) {
        return sort == SUBMITTED || sort == LAST_ACTION;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
