package ir.kanoonyar.backoffice.tickets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The figures as an .xlsx workbook: two right-to-left sheets (by category, by region) with Persian headings. */
final class TicketFiguresWorkbook {

    private TicketFiguresWorkbook() {
    }

    /** Sheet names, headings, and how a figure is written (Persian digits, «—» for none). */
    record Labels(String categorySheet, String regionSheet, List<String> headings, Function<Object, String> shown) {
    }

    static byte[] write(TicketFigures.Figures figures, Labels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            sheet(book, header, labels.categorySheet(), figures.byCategory(), labels);
            sheet(book, header, labels.regionSheet(), figures.byRegion(), labels);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, CellStyle header, String name, List<TicketFigures.Line> lines,
                              Labels labels) {
        Sheet sheet = book.createSheet(name);
        sheet.setRightToLeft(true);
        Row head = sheet.createRow(0);
        for (int c = 0; c < labels.headings().size(); c++) {
            head.createCell(c).setCellValue(labels.headings().get(c));
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, 20 * 256);
        }
        int r = 1;
        for (TicketFigures.Line line : lines) {
            Row row = sheet.createRow(r++);
            Object[] values = {line.label(), line.tickets(), line.open(), line.firstResponseMedian(),
                    line.firstResponseP90(), line.resolutionMedian(), line.resolutionP90(), line.rated(),
                    line.averageRating()};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(c == 0 ? (String) values[c] : labels.shown().apply(values[c]));
            }
        }
    }
}
