package ir.kanoonyar.backoffice.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dashboard table as an .xlsx workbook (Apache POI): one right-to-left sheet named by the table, its
 * Persian headings in bold, numbers as numbers (so they add up in a spreadsheet), text as text.
 */
final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    static byte[] write(Table table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = book.createSheet(sheetName(table.title()));
            sheet.setRightToLeft(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headings().size(); c++) {
                head.createCell(c).setCellValue(table.headings().get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, 20 * 256);
            }
            int r = 1;
            for (var cells : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Table.Cell cell = cells.get(c);
                    if (cell.value() != null) {
                        row.createCell(c).setCellValue(cell.value());
                    } else {
                        row.createCell(c).setCellValue(cell.text());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
