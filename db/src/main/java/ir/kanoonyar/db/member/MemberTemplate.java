package ir.kanoonyar.db.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The members spreadsheet the manager fills in: a right-to-left sheet «اعضا» with the Persian
 * headers (phone and national code columns formatted as text, so leading zeros stay), and a
 * second sheet «راهنما» saying what each column takes. Only the first sheet is read back.
 */
@Component
public class MemberTemplate {

    public static final String FILE_NAME = "kanoon-members.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberMessages messages;

    public MemberTemplate(MemberMessages messages) {
        this.messages = messages;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            DataFormat formats = book.createDataFormat();
            CellStyle text = book.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));

            Sheet members = book.createSheet(messages.get("members.template.sheet"));
            members.setRightToLeft(true);
            Row row = members.createRow(0);
            for (MemberColumn column : MemberColumn.values()) {
                row.createCell(column.ordinal()).setCellValue(column.header());
                row.getCell(column.ordinal()).setCellStyle(header);
                members.setColumnWidth(column.ordinal(), 18 * 256);
                members.setDefaultColumnStyle(column.ordinal(), text);
            }
            members.createFreezePane(0, 1);

            Sheet help = book.createSheet(messages.get("members.template.help.sheet"));
            help.setRightToLeft(true);
            help.setColumnWidth(0, 18 * 256);
            help.setColumnWidth(1, 90 * 256);
            int r = 0;
            for (MemberColumn column : MemberColumn.values()) {
                Row line = help.createRow(r++);
                line.createCell(0).setCellValue(column.header());
                line.getCell(0).setCellStyle(header);
                line.createCell(1).setCellValue(messages.get("members.template.help."
                        + column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.')));
            }
            help.createRow(r + 1).createCell(1).setCellValue(messages.get("members.template.help.rules"));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
