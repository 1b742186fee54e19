package ir.kanoonyar.backoffice.dashboard;

import java.util.List;

/**
 * A table of a dashboard, as the page shows it, its chart draws it and its .xlsx export writes it.
 *
 * @param key      its name in the export's address
 * @param title    its Persian title
 * @param headings column headings
 * @param rows     cells: the text as shown (Persian digits) and the number behind it, if any
 * @param chart    "line" or "bar" when a chart is drawn from it (its first column names the points,
 *                 the columns in {@code series} are the series), null for none
 * @param series   the charted columns
 */
public record Table(String key, String title, List<String> headings, List<List<Cell>> rows, String chart,
             List<Integer> series) {

    public record Cell(String text, Double value) {

        static Cell text(String text) {
            return new Cell(text, null);
        }

        static Cell whole(long value) {
            return new Cell(Numbers.whole(value), (double) value);
        }

        static Cell of(Double value, boolean percent) {
            return new Cell(Numbers.of(value, percent), value == null ? null : Math.round(value * 10) / 10.0);
        }
    }

    public boolean charted(int column) {
        return series.contains(column);
    }
}
