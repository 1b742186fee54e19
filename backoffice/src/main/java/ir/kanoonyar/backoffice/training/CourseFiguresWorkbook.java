package ir.kanoonyar.backoffice.training;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A course's figures as an .xlsx workbook (Apache POI): a summary sheet, one per province and one
 * per county (as far as the staff member's region goes), and every answered question, hardest
 * first. Sheets read right to left; numbers stay numbers, so they can be summed and sorted.
 */
final class CourseFiguresWorkbook {

    private CourseFiguresWorkbook() {
    }

    /** The Persian labels of the sheets and columns, resolved by the caller from the bundle. */
    record Labels(String summary, String provinces, String counties, String questions, String course, String code,
                  String area, String allCountry, String unknown, String province, String county, String enrolled,
                  String inProgress, String passed, String averageScore, String version, String question,
                  String answers, String correctRate) {
    }

    static byte[] write(CourseFigures.Figures figures, Labels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet summary = sheet(book, labels.summary());
            pair(summary, 0, labels.course(), figures.title());
            pair(summary, 1, labels.code(), figures.course().getCode());
            pair(summary, 2, labels.area(), figures.areaName() == null ? labels.allCountry() : figures.areaName());
            counts(summary, 4, header, labels, labels.area(), List.of(figures.total()),
                    c -> figures.areaName() == null ? labels.allCountry() : figures.areaName());
            if (!figures.provinces().isEmpty()) {
                counts(sheet(book, labels.provinces()), 0, header, labels, labels.province(), figures.provinces(),
                        c -> c.name() == null ? labels.unknown() : c.name());
            }
            counts(sheet(book, labels.counties()), 0, header, labels, labels.county(), figures.counties(),
                    c -> c.name() == null ? labels.unknown() : c.name());

            Sheet questions = sheet(book, labels.questions());
            row(questions, 0, header, labels.version(), labels.question(), labels.answers(), labels.correctRate());
            int r = 1;
            for (CourseFigures.QuestionFigures q : figures.questions()) {
                Row row = questions.createRow(r++);
                row.createCell(0).setCellValue(q.versionNumber());
                row.createCell(1).setCellValue(q.text());
                row.createCell(2).setCellValue(q.answers());
                row.createCell(3).setCellValue(q.correctRate());
            }
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                for (int c = 0; c < 6; c++) {
                    book.getSheetAt(i).setColumnWidth(c, 20 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name) {
        Sheet sheet = book.createSheet(name);
        sheet.setRightToLeft(true);
        return sheet;
    }

    private static void counts(Sheet sheet, int firstRow, CellStyle header, Labels labels, String nameLabel,
                               List<CourseFigures.Counts> rows, Function<CourseFigures.Counts, String> name) {
        row(sheet, firstRow, header, nameLabel, labels.enrolled(), labels.inProgress(), labels.passed(),
                labels.averageScore());
        int r = firstRow + 1;
        for (CourseFigures.Counts c : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(name.apply(c));
            row.createCell(1).setCellValue(c.enrolled());
            row.createCell(2).setCellValue(c.inProgress());
            row.createCell(3).setCellValue(c.passed());
            Cell average = row.createCell(4);
            if (c.averageScore() != null) {
                average.setCellValue(c.averageScore());
            }
        }
    }

    private static void pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void row(Sheet sheet, int r, CellStyle style, String... titles) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(style);
        }
    }
}
