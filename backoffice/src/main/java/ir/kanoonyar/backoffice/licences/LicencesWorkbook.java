package ir.kanoonyar.backoffice.licences;

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

/**
 * The licences of the current filter as an .xlsx workbook (Apache POI): one right-to-left sheet, a
 * header row, one row per licence. Numbers and dates are text as the page shows them (Jalali dates
 * have no spreadsheet type).
 */
final class LicencesWorkbook {

    private LicencesWorkbook() {
    }

    /** The sheet's name, the column headings and each status's label, resolved by the caller. */
    record Labels(String sheet, List<String> headings, Function<LicenceRow, String> status) {
    }

    static byte[] write(List<LicenceRow> rows, Labels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = book.createSheet(labels.sheet());
            sheet.setRightToLeft(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < labels.headings().size(); c++) {
                head.createCell(c).setCellValue(labels.headings().get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, 22 * 256);
            }
            int r = 1;
            for (LicenceRow licence : rows) {
                Row row = sheet.createRow(r++);
                String[] values = {licence.number(), labels.status().apply(licence), licence.kanoonName(),
                        licence.mosqueName(), licence.managerName(), licence.countyName(), licence.provinceName(),
                        licence.issuedOn(), licence.validUntil(),
                        licence.statusChangedOn() == null ? "" : licence.statusChangedOn(),
                        licence.statusReason() == null ? "" : licence.statusReason()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
