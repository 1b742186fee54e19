package ir.kanoonyar.backoffice.dashboard;

import static ir.kanoonyar.db.document.PersianPage.BOLD;
import static ir.kanoonyar.db.document.PersianPage.REGULAR;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Pattern;

import com.lowagie.text.PageSize;
import ir.kanoonyar.db.document.PersianPage;

/**
 * The monthly report of a province as a one-page A4 PDF: its figures with the change from the month
 * before, and two bar charts drawn with Java2D (accepted reports over twelve months, and by corridor),
 * and its counties ranked by score. Persian text is shaped by {@link PersianPage}.
 */
final class ProvinceReportPdf {

    private static final PersianPage PAGE = new PersianPage(PageSize.A4, Pattern.compile("[A-Za-z][\\x21-\\x7E]*"));
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color BAR = new Color(0x0b, 0x6e, 0x4f);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    private static final float MARGIN = 36;

    private ProvinceReportPdf() {
    }

    static byte[] write(String title, DashboardFigures.Dashboard dashboard) {
        return PAGE.pdf(title, g -> draw(g, title, dashboard));
    }

    private static void draw(Graphics2D g, String title, DashboardFigures.Dashboard dashboard) {
        float right = PAGE.width() - MARGIN;
        float width = PAGE.width() - 2 * MARGIN;
        g.setColor(INK);
        float y = PAGE.rightAligned(g, title, BOLD.deriveFont(16f), right, MARGIN, width) + 8;
        Font small = REGULAR.deriveFont(9f);
        // The figures in two columns, each "label: value (change)".
        List<DashboardFigures.Card> cards = dashboard.cards();
        float column = width / 2;
        float top = y;
        for (int i = 0; i < cards.size(); i++) {
            DashboardFigures.Card card = cards.get(i);
            float x = i % 2 == 0 ? right : right - column;
            float rowTop = top + (i / 2) * 16f;
            String change = card.change().isEmpty() ? "" : " (" + card.change() + ")";
            PAGE.rightAligned(g, card.label() + ": " + card.value() + change, small, x, rowTop, column - 8);
        }
        y = top + ((cards.size() + 1) / 2) * 16f + 12;
        Table trend = dashboard.table("trend");
        if (trend != null) {
            y = bars(g, trend, 1, y, right, width) + 10;
        }
        Table corridors = dashboard.table("corridors");
        if (corridors != null) {
            y = bars(g, corridors, 1, y, right, width) + 10;
        }
        Table parts = dashboard.table("parts");
        if (parts != null) {
            rows(g, parts, y, right, width, 12);
        }
    }

    /** A bar chart of one column of the table, its first column under each bar; returns where it ends. */
    private static float bars(Graphics2D g, Table table, int valueColumn, float top, float right, float width) {
        g.setColor(INK);
        float y = PAGE.rightAligned(g, table.title() + " — " + table.headings().get(valueColumn),
                BOLD.deriveFont(11f), right, top, width) + 4;
        float height = 110;
        List<List<Table.Cell>> rows = table.rows();
        double max = 0;
        for (List<Table.Cell> row : rows) {
            Double v = row.get(valueColumn).value();
            max = Math.max(max, v == null ? 0 : v);
        }
        float slot = width / Math.max(1, rows.size());
        g.setColor(RULE);
        g.draw(new Line2D.Float(right - width, y + height, right, y + height));
        Font label = REGULAR.deriveFont(6.5f);
        for (int i = 0; i < rows.size(); i++) {
            // Right to left: the first row is the rightmost bar.
            float centre = right - slot * i - slot / 2;
            Double v = rows.get(i).get(valueColumn).value();
            float h = max == 0 || v == null ? 0 : (float) (v / max * (height - 14));
            g.setColor(BAR);
            g.fill(new Rectangle2D.Float(centre - slot * 0.3f, y + height - h, slot * 0.6f, h));
            g.setColor(INK);
            PAGE.centred(g, rows.get(i).get(valueColumn).text(), label, centre, y + height - h - 10, slot);
            PAGE.centred(g, rows.get(i).get(0).text(), label, centre, y + height + 2, slot);
        }
        return y + height + 22;
    }

    /** The first rows of a table, as text in columns from the right. */
    private static void rows(Graphics2D g, Table table, float top, float right, float width, int limit) {
        g.setColor(INK);
        float y = PAGE.rightAligned(g, table.title(), BOLD.deriveFont(11f), right, top, width) + 4;
        Font font = REGULAR.deriveFont(8f);
        int columns = Math.min(6, table.headings().size());
        float cell = width / columns;
        drawRow(g, table.headings().subList(0, columns), BOLD.deriveFont(8f), y, right, cell);
        y += 14;
        for (List<Table.Cell> row : table.rows().subList(0, Math.min(limit, table.rows().size()))) {
            drawRow(g, row.subList(0, columns).stream().map(Table.Cell::text).toList(), font, y, right, cell);
            y += 13;
        }
    }

    private static void drawRow(Graphics2D g, List<String> texts, Font font, float y, float right, float cell) {
        for (int c = 0; c < texts.size(); c++) {
            PAGE.rightAligned(g, texts.get(c), font, right - c * cell, y, cell - 4);
        }
    }
}
