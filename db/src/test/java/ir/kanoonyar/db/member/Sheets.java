package ir.kanoonyar.db.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Members spreadsheets for tests: .xlsx written with POI, CSV as UTF-8 text, valid national codes. */
final class Sheets {

    static final List<String> HEADER = List.of("نام", "نام خانوادگی", "جنسیت", "سال تولد", "نقش", "تلفن همراه", "کد ملی");

    private Sheets() {
    }

    /** An .xlsx whose first sheet has these rows (the header first); a cell starting with = is a formula. */
    static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(rows, sheet -> { });
    }

    interface SheetChange {
        void apply(Sheet sheet);
    }

    static byte[] xlsx(List<List<Object>> rows, SheetChange change) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("اعضا");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null && value.toString().startsWith("=")) {
                        row.createCell(c).setCellFormula(value.toString().substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            change.apply(sheet);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A valid national code from nine digits and the check digit they give. */
    static String nationalCode(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nineDigits + (r < 2 ? r : 11 - r);
    }
}
