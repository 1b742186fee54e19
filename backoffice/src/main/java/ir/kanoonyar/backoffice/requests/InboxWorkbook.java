package ir.kanoonyar.backoffice.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The inbox's current view as an .xlsx workbook (Apache POI, streamed so a long view does not sit in
 * memory as cells): one right-to-left sheet with the list's columns, and a first line saying which
 * view, how many rows and, when the cap cut it, that only the first ones are there.
 */
final class InboxWorkbook {

    private InboxWorkbook() {
    }

    /** The Persian texts of the sheet, resolved by the caller from the bundle. */
    record Labels(String sheet, String caption, List<String> columns) {
    }

    static byte[] write(List<InboxRow> rows, Labels labels, Function<InboxRow, List<String>> cells) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = book.createSheet(labels.sheet());
            sheet.setRightToLeft(true);
            sheet.createRow(0).createCell(0).setCellValue(labels.caption());
            Row titles = sheet.createRow(1);
            for (int c = 0; c < labels.columns().size(); c++) {
                Cell cell = titles.createCell(c);
                cell.setCellValue(labels.columns().get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, 22 * 256);
            }
            int r = 2;
            for (InboxRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> values = cells.apply(row);
                for (int c = 0; c < values.size(); c++) {
                    line.createCell(c).setCellValue(values.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // Closing a workbook written to memory has nothing left to fail on.
            }
        }
    }
}
