package ir.kanoonyar.db.member;

import java.util.Locale;

/** Why a whole spreadsheet is refused before any row is looked at; nothing of it is imported. */
public enum FileRefusal {
    EMPTY,
    /** Larger than {@code kanoonyar.members.max-file-bytes}: not read at all. */
    TOO_LARGE,
    /** An old Excel file (.xls, an OLE2 container). */
    OLD_EXCEL,
    /** Neither .xlsx nor UTF-8 text, judged by its bytes (a picture, a PDF, a Word file…). */
    WRONG_TYPE,
    /** An .xlsx that cannot be read (damaged, encrypted, or a zip bomb POI stops). */
    UNREADABLE,
    /** More data rows than {@code kanoonyar.members.max-rows}. */
    TOO_MANY_ROWS,
    /** The header row lacks a required column. */
    MISSING_COLUMNS,
    /** A merged cell in the header row: the columns cannot be told apart. */
    MERGED_HEADER,
    /** A header and no member. */
    NO_ROWS;

    String key() {
        return "members.file." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
