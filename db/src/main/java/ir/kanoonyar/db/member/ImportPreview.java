package ir.kanoonyar.db.member;

import java.util.List;

/**
 * What importing a spreadsheet would do: the whole file refused (fileRefusal, worded), or each row
 * added, changed, the same as the roster already has, or refused with its reasons. The file is
 * imported only when nothing is refused.
 */
public record ImportPreview(FileRefusal fileRefusal, String fileRefusalText, List<RowResult> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    static ImportPreview refused(FileRefusal kind, String text) {
        return new ImportPreview(kind, text, List.of());
    }

    public enum Action {
        ADD,
        CHANGE,
        SAME,
        REFUSED
    }

    /** One row: its number in the sheet, what it would do, and why it is refused (Persian). */
    public record RowResult(int row, Action action, MemberDetails details, Long memberId, List<String> reasons) {

        public RowResult {
            reasons = List.copyOf(reasons);
        }
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    /** Nothing refused: the file may be imported. */
    public boolean acceptable() {
        return fileRefusalText == null && count(Action.REFUSED) == 0;
    }
}
