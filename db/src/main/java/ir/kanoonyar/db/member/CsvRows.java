package ir.kanoonyar.db.member;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file: UTF-8 with or without its byte-order mark, cells separated by commas or
 * semicolons (whichever the first line has more of, outside quotes), quoted cells with "" for a
 * quote and line breaks inside. Bytes that are not UTF-8 (or hold a NUL) are not a CSV file.
 */
final class CsvRows {

    private CsvRows() {
    }

    /** The text, or null when the bytes are not UTF-8 text. */
    static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            String text = chars.toString();
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The rows that are not blank, at most {@code limit}; one more is {@link FileRefusal#TOO_MANY_ROWS}. */
    static List<SheetRow> read(String text, int limit) throws SheetRefused {
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                add(rows, new SheetRow(rowStart, cells, List.of()), limit);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString().strip());
            add(rows, new SheetRow(rowStart, cells, List.of()), limit);
        }
        return rows;
    }

    private static void add(List<SheetRow> rows, SheetRow row, int limit) throws SheetRefused {
        if (row.blank()) {
            return;
        }
        if (rows.size() >= limit) {
            throw new SheetRefused(FileRefusal.TOO_MANY_ROWS);
        }
        rows.add(row);
    }

    /** ';' when the first line has more semicolons than commas outside quotes, else ','. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
