package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.member.KanoonMemberRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * «اعضای کانون» through the real TelegramBots client and the fake Bot API: the manager gets the
 * template as a document, fills it, sends it back, sees the preview and imports it with «تأیید».
 */
class MembersEndToEndTest extends EndToEnd {

    @Test
    void theManagerFillsTheTemplateSendsItSeesThePreviewAndConfirms() throws Exception {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "مریم");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);
        long kanoonId = kanoonManagedBy(personId);

        manager.command("/menu", "چه کاری می‌خواهید");
        SentMessage list = manager.says("اعضای کانون", "هنوز عضوی");
        api.pressButton(manager.userId, list, "دریافت فایل نمونه");
        SentMessage template = api.awaitMessageTo(manager.userId, m -> m.method().equals("sendDocument"), Chat.PATIENCE);
        assertThat(template.caption()).contains("فایل نمونه‌ی اعضا");
        assertThat(template.fileName()).isEqualTo("kanoon-members.xlsx");

        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.fileBytes()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("نام");
            int r = 1;
            for (List<String> member : List.of(List.of("علی", "رضایی", "مرد", "۱۳۹۰", "عضو", "۰۹۱۲۳۴۵۶۷۸۹"),
                    List.of("زهرا", "محمدی", "زن", "1380", "مربی", ""))) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < member.size(); c++) {
                    row.createCell(c).setCellValue(member.get(c));
                }
            }
            book.write(out);
            filled = out.toByteArray();
        }

        SentMessage again = manager.says("اعضای کانون", "هنوز عضوی");
        manager.press(again, "بارگذاری فایل اعضا", "همین‌جا به صورت فایل بفرستید");
        SentMessage preview = manager.expectReply(api.sendDocument(manager.userId, "members.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled), "پیش‌نمایش");
        assertThat(preview.text()).contains("افزوده می‌شود: ۲", "پذیرفته نیست: ۰");
        assertThat(bot.bean(KanoonMemberRepository.class).countByKanoonId(kanoonId)).isZero();

        manager.press(preview, "تأیید", "فایل وارد شد");

        assertThat(bot.bean(KanoonMemberRepository.class).findByKanoonId(kanoonId))
                .extracting(m -> m.getFirstName() + " " + m.getPhone())
                .containsExactlyInAnyOrder("علی 09123456789", "زهرا null");
    }

    @Test
    void aPictureSentAsTheSpreadsheetIsRefusedAndNothingIsImported() throws Exception {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "حسن");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);
        long kanoonId = kanoonManagedBy(personId);

        manager.command("/menu", "چه کاری می‌خواهید");
        SentMessage list = manager.says("اعضای کانون", "هنوز عضوی");
        manager.press(list, "بارگذاری فایل اعضا", "همین‌جا به صورت فایل بفرستید");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        manager.expectReply(api.sendDocument(manager.userId, "members.xlsx", "application/vnd.ms-excel", png),
                "این فایل جدول نیست");

        assertThat(bot.bean(KanoonMemberRepository.class).countByKanoonId(kanoonId)).isZero();
    }

    private static long kanoonManagedBy(Long personId) {
        County arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow();
        Long province = arak.getProvince().getId();
        Mosque mosque = bot.bean(MosqueRepository.class).save(new Mosque("مسجد اعضا", province, arak.getId(), "اراک",
                false, Instant.now()));
        return bot.bean(KanoonRepository.class).save(new Kanoon("کانون اعضا", mosque.getId(), province, arak.getId(),
                KanoonAudience.BROTHERS, personId, LocalDate.of(2024, 1, 1), Instant.now())).getId();
    }
}
