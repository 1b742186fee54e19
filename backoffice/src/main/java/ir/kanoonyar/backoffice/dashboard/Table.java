package ir.kanoonyar.backoffice.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

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
 * @param rowsHtml the rows as the page shows them, built once with the table (see {@link #html})
 */
public record Table(String key, String title, List<String> headings, List<List<Cell>> rows, String chart,
             List<Integer> series, String rowsHtml) {

    public Table(String key, String title, List<String> headings, List<List<Cell>> rows, String chart,
                 List<Integer> series) {
        this(key, title, headings, rows, chart, series, html(rows));
    }

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

    /**
     * The body rows as HTML, every text escaped: one {@code <td>} per cell, with {@code data-v} (the number
     * the chart draws) when the cell has one. Built in Java, once per table, which the dashboard's cache
     * then keeps: the dashboard's 2,000 cells cost 10 ms of CPU on every load through Thymeleaf's
     * {@code th:each}, and it is the staff's most loaded page.
     */
    static String html(List<List<Cell>> rows) {
        StringBuilder html = new StringBuilder(rows.size() * 160);
        for (List<Cell> row : rows) {
            html.append("<tr>");
            for (Cell cell : row) {
                html.append("<td");
                if (cell.value() != null) {
                    html.append(" data-v=\"").append(cell.value()).append('"');
                }
                html.append('>').append(HtmlUtils.htmlEscape(cell.text() == null ? "" : cell.text(), "UTF-8"))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }
}
