package ir.kanoonyar.db.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A members spreadsheet imported on MariaDB: good files, and each bad one refused whole with its reasons. */
class RosterImportOnMariaDbTest extends MariaDbTest {

    @Autowired
    RosterImport imports;
    @Autowired
    Roster roster;
    @Autowired
    KanoonMemberRepository members;
    @Autowired
    KanoonRepository kanoons;
    @Autowired
    MosqueRepository mosques;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;

    private Long manager;
    private long kanoon;

    @BeforeEach
    void kanoon() {
        County arak = counties.findByCode("0001").orElseThrow();
        Long provinceId = arak.getProvince().getId();
        manager = persons.save(new Person(Instant.now())).getId();
        Mosque mosque = mosques.save(new Mosque("مسجد جامع", provinceId, arak.getId(), "اراک", false, Instant.now()));
        kanoon = kanoons.save(new Kanoon("کانون جامع", mosque.getId(), provinceId, arak.getId(),
                KanoonAudience.BROTHERS, manager, LocalDate.of(2020, 1, 1), Instant.now())).getId();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private List<List<Object>> good() {
        return List.of(new ArrayList<>(Sheets.HEADER),
                row("علی", "رضایی", "مرد", "۱۳۹۰", "عضو", "09121234567", Sheets.nationalCode("001234567")),
                row("زهرا", "محمدی", "زن", 1385, "مربی", 9121234568L, ""),
                row("محمد‌رضا", "كريمي", "مرد", "١٣٨٠", "هیات مدیره", "", ""));
    }

    @Test
    void aGoodFileIsPreviewedThenImportedOnConfirmation() {
        byte[] file = Sheets.xlsx(good());

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.count(ImportPreview.Action.ADD)).isEqualTo(3);
        assertThat(members.countByKanoonId(kanoon)).isZero();
        assertThat(imports.report(preview)).contains("افزوده می‌شود: ۳").contains("«تأیید»");

        assertThat(imports.confirm(manager, kanoon, file).imported()).isTrue();

        List<KanoonMember> all = members.findByKanoonId(kanoon);
        assertThat(all).extracting(KanoonMember::getLastName).containsExactlyInAnyOrder("رضایی", "محمدی", "کریمی");
        KanoonMember zahra = all.stream().filter(m -> m.getFirstName().equals("زهرا")).findFirst().orElseThrow();
        assertThat(zahra.getPhone()).isEqualTo("09121234568");
        assertThat(zahra.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(zahra.getRole()).isEqualTo(MemberRole.COACH);
        KanoonMember ali = all.stream().filter(m -> m.getFirstName().equals("علی")).findFirst().orElseThrow();
        assertThat(ali.getNationalCode()).isEqualTo(Sheets.nationalCode("001234567"));
        assertThat(ali.getBirthYear()).isEqualTo(1390);
    }

    @Test
    void theSameFileAgainChangesOnlyWhatDiffers() {
        imports.confirm(manager, kanoon, Sheets.xlsx(good()));
        List<List<Object>> changed = new ArrayList<>(good());
        changed.set(2, row("زهرا", "محمدی", "زن", 1385, "هیئت مدیره", "09121234568", ""));

        ImportPreview preview = imports.preview(manager, kanoon, Sheets.xlsx(changed));

        assertThat(preview.count(ImportPreview.Action.CHANGE)).isEqualTo(1);
        assertThat(preview.count(ImportPreview.Action.SAME)).isEqualTo(2);
        assertThat(imports.confirm(manager, kanoon, Sheets.xlsx(changed)).imported()).isTrue();
        assertThat(members.countByKanoonId(kanoon)).isEqualTo(3);
        assertThat(members.findByKanoonIdAndPhone(kanoon, "09121234568").orElseThrow().getRole())
                .isEqualTo(MemberRole.BOARD);
    }

    @Test
    void aCsvWithByteOrderMarkSemicolonsAndPersianDigitsIsRead() {
        String text = "\uFEFFنام;نام خانوادگی;جنسیت;سال تولد;نقش;تلفن همراه\n"
                + "سارا;احمدی;زن;۱۳۹۲;عضو;۰۹۱۲ ۱۱۱ ۲۲۳۳\r\n"
                + "\"رضا\";\"نوری\";مرد;1375;مربی;\n";

        ImportPreview preview = imports.preview(manager, kanoon, Sheets.csv(text));

        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.rows()).extracting(ImportPreview.RowResult::row).containsExactly(2, 3);
        assertThat(preview.rows().get(0).details().phone()).isEqualTo("09121112233");
        assertThat(preview.rows().get(0).details().birthYear()).isEqualTo(1392);
    }

    @Test
    void aCommaCsvWithoutByteOrderMarkIsRead() {
        String text = "نام,نام خانوادگی,جنسیت,سال تولد,نقش\nسارا,احمدی,زن,1392,عضو\n";

        assertThat(imports.preview(manager, kanoon, Sheets.csv(text)).count(ImportPreview.Action.ADD)).isEqualTo(1);
    }

    @Test
    void missingColumnsRefuseTheFileNamingThem() {
        byte[] file = Sheets.xlsx(List.of(row("نام", "نام خانوادگی", "نقش"), row("علی", "رضایی", "عضو")));

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.fileRefusal()).isEqualTo(FileRefusal.MISSING_COLUMNS);
        assertThat(imports.report(preview)).contains("«جنسیت»").contains("«سال تولد»").contains("چیزی وارد نشد");
        assertThat(imports.confirm(manager, kanoon, file).imported()).isFalse();
        assertThat(members.countByKanoonId(kanoon)).isZero();
    }

    @Test
    void mergedCellsRefuseTheirRowsAndSoTheWholeFile() {
        byte[] file = Sheets.xlsx(good(), sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("A3:B3")));

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.acceptable()).isFalse();
        ImportPreview.RowResult third = preview.rows().get(1);
        assertThat(third.row()).isEqualTo(3);
        assertThat(third.action()).isEqualTo(ImportPreview.Action.REFUSED);
        assertThat(third.reasons()).anyMatch(r -> r.contains("ادغام") && r.contains("A3:B3"));
        assertThat(imports.report(preview)).contains("ردیف ۳:").contains("هیچ ردیفی از این فایل وارد نشد");
        assertThat(imports.confirm(manager, kanoon, file).imported()).isFalse();
        assertThat(members.countByKanoonId(kanoon)).isZero();
    }

    @Test
    void aFormulaGivesItsSavedValueAndOneWithoutAValueIsRefused() {
        byte[] evaluated = Sheets.xlsx(List.of(new ArrayList<>(Sheets.HEADER),
                row("علی", "رضایی", "مرد", "=1380+10", "عضو")), sheet -> {
                    Cell cell = sheet.getRow(1).getCell(3);
                    sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                });
        byte[] unevaluated = Sheets.xlsx(List.of(new ArrayList<>(Sheets.HEADER),
                row("علی", "رضایی", "مرد", "=1380+10", "عضو")));

        ImportPreview withValue = imports.preview(manager, kanoon, evaluated);
        ImportPreview withoutValue = imports.preview(manager, kanoon, unevaluated);

        assertThat(withValue.acceptable()).isTrue();
        assertThat(withValue.rows().get(0).details().birthYear()).isEqualTo(1390);
        assertThat(withoutValue.rows().get(0).reasons()).anyMatch(r -> r.contains("D2") && r.contains("فرمول"));
    }

    @Test
    void twentyThousandRowsAreRefusedAboveTheMaximum() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Sheets.HEADER));
        for (int i = 0; i < 20_000; i++) {
            rows.add(row("علی", "رضایی", "مرد", 1390, "عضو"));
        }
        byte[] file = Sheets.xlsx(rows);
        StringBuilder csv = new StringBuilder("نام,نام خانوادگی,جنسیت,سال تولد,نقش\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("علی,رضایی,مرد,1390,عضو\n");
        }

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.fileRefusal()).isEqualTo(FileRefusal.TOO_MANY_ROWS);
        assertThat(imports.report(preview)).contains("بیش از ۲۰۰۰ ردیف");
        assertThat(imports.preview(manager, kanoon, Sheets.csv(csv.toString())).fileRefusal())
                .isEqualTo(FileRefusal.TOO_MANY_ROWS);
        assertThat(imports.confirm(manager, kanoon, file).imported()).isFalse();
        assertThat(members.countByKanoonId(kanoon)).isZero();
    }

    @Test
    void theTypeIsJudgedByTheBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] latin1 = "nom,pr\u00e9nom".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zipNotWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0};

        assertThat(imports.preview(manager, kanoon, png).fileRefusal()).isEqualTo(FileRefusal.WRONG_TYPE);
        assertThat(imports.preview(manager, kanoon, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).fileRefusal())
                .isEqualTo(FileRefusal.WRONG_TYPE);
        assertThat(imports.preview(manager, kanoon, latin1).fileRefusal()).isEqualTo(FileRefusal.WRONG_TYPE);
        assertThat(imports.preview(manager, kanoon, xls).fileRefusal()).isEqualTo(FileRefusal.OLD_EXCEL);
        assertThat(imports.preview(manager, kanoon, zipNotWorkbook).fileRefusal()).isEqualTo(FileRefusal.UNREADABLE);
        assertThat(imports.preview(manager, kanoon, new byte[0]).fileRefusal()).isEqualTo(FileRefusal.EMPTY);
    }

    @Test
    void duplicatePhonesAndNationalCodesInTheFileAndAgainstTheRosterAreRefused() {
        String code = Sheets.nationalCode("001234567");
        roster.add(manager, kanoon, new MemberDetails("مریم", "صادقی", Gender.FEMALE, 1380, MemberRole.MEMBER,
                "09350000000", null));
        byte[] file = Sheets.xlsx(List.of(new ArrayList<>(Sheets.HEADER),
                row("علی", "رضایی", "مرد", 1390, "عضو", "09121234567", code),
                row("حسن", "رضایی", "مرد", 1391, "عضو", "09121234567", ""),
                row("حسین", "رضایی", "مرد", 1391, "عضو", "", code),
                row("مریم", "صادقی", "زن", 1380, "مربی", "09350000000", Sheets.nationalCode("001234568")),
                row("نرگس", "امیری", "زن", 1385, "عضو", "09350000000", Sheets.nationalCode("001234569"))));

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.rows()).extracting(ImportPreview.RowResult::action).containsExactly(
                ImportPreview.Action.ADD, ImportPreview.Action.REFUSED, ImportPreview.Action.REFUSED,
                ImportPreview.Action.CHANGE, ImportPreview.Action.REFUSED);
        assertThat(preview.rows().get(1).reasons()).anyMatch(r -> r.contains("شماره‌ی همراه در ردیف ۲"));
        assertThat(preview.rows().get(2).reasons()).anyMatch(r -> r.contains("کد ملی در ردیف ۲"));
        assertThat(preview.rows().get(4).reasons()).anyMatch(r -> r.contains("ردیف ۵"));
        assertThat(imports.confirm(manager, kanoon, file).imported()).isFalse();
        assertThat(members.findByKanoonId(kanoon)).singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo(MemberRole.MEMBER));
    }

    @Test
    void agesOutOfRangeNamesAndWordsAreRefusedRowByRow() {
        byte[] file = Sheets.xlsx(List.of(new ArrayList<>(Sheets.HEADER),
                row("Ali", "رضایی", "مرد", 1390, "عضو"),
                row("علی", "رضایی", "مرد", 1290, "عضو"),
                row("علی", "رضایی", "مرد", 1403, "عضو"),
                row("علی", "رضایی", "نامعلوم", "هزار", "رئیس", "12345", "123")));

        ImportPreview preview = imports.preview(manager, kanoon, file);

        assertThat(preview.count(ImportPreview.Action.REFUSED)).isEqualTo(4);
        assertThat(preview.rows().get(0).reasons()).anyMatch(r -> r.contains("«نام»") && r.contains("فارسی"));
        assertThat(preview.rows().get(1).reasons()).anyMatch(r -> r.contains("۱۲۹۰") && r.contains("سن"));
        assertThat(preview.rows().get(2).reasons()).anyMatch(r -> r.contains("۱۴۰۳"));
        assertThat(preview.rows().get(3).reasons()).hasSize(5);
        assertThat(imports.report(preview)).contains("ردیف ۲:").contains("ردیف ۵:").contains("پذیرفته نیست: ۴");
    }

    @Test
    void someoneWhoDoesNotManageTheKanoonImportsNothing() {
        Long stranger = persons.save(new Person(Instant.now())).getId();
        byte[] file = Sheets.xlsx(good());

        assertThat(imports.preview(stranger, kanoon, file).acceptable()).isFalse();
        assertThat(imports.confirm(stranger, kanoon, file).imported()).isFalse();
        assertThat(members.countByKanoonId(kanoon)).isZero();
    }

    @Test
    void theTemplateReadsBackAsAFileWithNoRows() {
        ImportPreview preview = imports.preview(manager, kanoon, new MemberTemplate(new MemberMessages()).xlsx());

        assertThat(preview.fileRefusal()).isEqualTo(FileRefusal.NO_ROWS);
    }
}
