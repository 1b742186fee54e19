package ir.kanoonyar.backoffice.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The filtered audit log as an .xlsx sheet (Apache POI), right to left, in the page's words. */
final class AuditWorkbook {

    private AuditWorkbook() {
    }

    /** The sheet's name and column titles, from the bundle. */
    record Labels(String sheet, String when, String person, String action, String object, String outcome,
                  String address) {
    }

    static byte[] write(List<AuditRow> rows, Labels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = book.createSheet(labels.sheet());
            sheet.setRightToLeft(true);
            String[] titles = {labels.when(), labels.person(), labels.action(), labels.object(), labels.outcome(),
                    labels.address()};
            Row top = sheet.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(header);
            }
            int r = 1;
            for (AuditRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.when());
                line.createCell(1).setCellValue(row.person());
                line.createCell(2).setCellValue(row.action());
                line.createCell(3).setCellValue(row.object());
                line.createCell(4).setCellValue(row.outcome());
                line.createCell(5).setCellValue(row.address());
            }
            for (int c = 0; c < titles.length; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
