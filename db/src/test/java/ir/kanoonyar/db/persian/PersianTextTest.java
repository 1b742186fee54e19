package ir.kanoonyar.db.persian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

class PersianTextTest {

    private static final String ZWNJ = "\u200C";

    @Test
    void normalizeDropsEveryBidiControlAndKeepsZwnj() {
        // A name typed with a right-to-left override that would show it backwards, and an isolate.
        assertThat(PersianText.normalize("\u202Eعلی\u202C رضا" + ZWNJ + "یی")).isEqualTo("علی رضا" + ZWNJ + "یی");
        assertThat(PersianText.normalize("\u2067کانون\u2069 \u2066نور\u2069")).isEqualTo("کانون نور");
        String everyControl = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        assertThat(PersianText.normalize("آدرس" + everyControl + " اراک")).isEqualTo("آدرس اراک");
        assertThat(PersianText.normalize(everyControl)).isEmpty();
        assertThat(PersianText.normalize("می" + ZWNJ + "روم")).isEqualTo("می" + ZWNJ + "روم");
    }

    @Test
    void withoutBidiControlsDisarmsAFileNameThatReadsBackwards() {
        // "report<RLO>fdp.exe" shows as "reportexe.pdf": without the override it shows as it is.
        assertThat(PersianText.withoutBidiControls("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(PersianText.withoutBidiControls("\u2066نامه\u2069.pdf")).isEqualTo("نامه.pdf");
        // Nothing else changes: digits, spaces and ZWNJ stay as typed.
        assertThat(PersianText.withoutBidiControls("عکس " + ZWNJ + "۱۲.jpg")).isEqualTo("عکس " + ZWNJ + "۱۲.jpg");
        assertThat(PersianText.withoutBidiControls(null)).isNull();
    }

    @Test
    void normalizeTurnsPersianAndArabicDigitsIntoAscii() {
        assertThat(PersianText.normalize("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(PersianText.normalize("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(PersianText.normalize("پلاک ۱۲ و ٣٤")).isEqualTo("پلاک 12 و 34");
    }

    @Test
    void normalizeTurnsArabicYehAlefMaksuraAndKafIntoPersianLetters() {
        assertThat(PersianText.normalize("علي")).isEqualTo("علی");
        assertThat(PersianText.normalize("مصطفى")).isEqualTo("مصطفی");
        assertThat(PersianText.normalize("كانون")).isEqualTo("کانون");
    }

    @Test
    void normalizeTrimsAndCollapsesRunsOfSpacesIncludingTabsAndNoBreakSpaces() {
        assertThat(PersianText.normalize("  مسجد \t\u00A0 جامع   ")).isEqualTo("مسجد جامع");
    }

    @Test
    void normalizeKeepsZeroWidthNonJoiner() {
        String word = "کانون" + ZWNJ + "ها";

        assertThat(PersianText.normalize(" " + word + " ")).isEqualTo(word);
    }

    @Test
    void normalizeKeepsLineBreaksButNotTheSpacesAroundThem() {
        assertThat(PersianText.normalize("خیابان امام  \r\n  کوچه ۵\rپلاک ۳"))
                .isEqualTo("خیابان امام\nکوچه 5\nپلاک 3");
    }

    @Test
    void normalizeComposesLettersTypedAsBaseAndCombiningMark() {
        assertThat(PersianText.normalize("\u0627\u0653باد")).isEqualTo("آباد");
    }

    @Test
    void normalizeIsNullSafe() {
        assertThat(PersianText.normalize(null)).isNull();
        assertThat(PersianText.normalize("")).isEmpty();
        assertThat(PersianText.normalize("   ")).isEmpty();
    }

    @Test
    void toPersianDigitsTurnsAsciiAndArabicDigitsIntoPersianOnes() {
        assertThat(PersianText.toPersianDigits("1403/12/30")).isEqualTo("۱۴۰۳/۱۲/۳۰");
        assertThat(PersianText.toPersianDigits("٤٥ نفر")).isEqualTo("۴۵ نفر");
        assertThat(PersianText.toPersianDigits(null)).isNull();
    }

    @Test
    void matchKeyIgnoresSpacesZwnjAndHamzaSpellings() {
        String key = PersianText.matchKey("قائم" + ZWNJ + "شهر");

        assertThat(PersianText.matchKey("قائم شهر")).isEqualTo(key);
        assertThat(PersianText.matchKey("قایم شهر")).isEqualTo(key);
        assertThat(PersianText.matchKey("قايم  شهر")).isEqualTo(key);
    }

    @Test
    void matchKeyIgnoresTheSpaceAfterWa() {
        assertThat(PersianText.matchKey("چهارمحال وبختیاری"))
                .isEqualTo(PersianText.matchKey("چهارمحال و بختیاری"));
    }

    @Test
    void matchKeyFoldsHamzaFormsTaMarbutaTatweelAndDiacritics() {
        assertThat(PersianText.matchKey("مؤسسه")).isEqualTo(PersianText.matchKey("موسسه"));
        assertThat(PersianText.matchKey("أمير")).isEqualTo(PersianText.matchKey("امیر"));
        assertThat(PersianText.matchKey("إسلام")).isEqualTo(PersianText.matchKey("اسلام"));
        assertThat(PersianText.matchKey("آباد")).isEqualTo(PersianText.matchKey("اباد"));
        assertThat(PersianText.matchKey("جزء")).isEqualTo(PersianText.matchKey("جز"));
        assertThat(PersianText.matchKey("فاطمة")).isEqualTo(PersianText.matchKey("فاطمه"));
        assertThat(PersianText.matchKey("خانۀ")).isEqualTo(PersianText.matchKey("خانه"));
        assertThat(PersianText.matchKey("مســجد")).isEqualTo(PersianText.matchKey("مسجد"));
        assertThat(PersianText.matchKey("مُحَمَّد")).isEqualTo(PersianText.matchKey("محمد"));
    }

    @Test
    void matchKeyReadsArabicPresentationFormsPastedFromOldDocuments() {
        assertThat(PersianText.matchKey("\uFEE3\uFEB4\uFEA0\uFEAA")).isEqualTo(PersianText.matchKey("مسجد"));
    }

    @Test
    void matchKeyIgnoresLatinCase() {
        assertThat(PersianText.matchKey("Kanoon Yar")).isEqualTo(PersianText.matchKey("kanoonyar"));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            // Statistical Centre spelling (as in regions/provinces-counties.csv) and the common one
            "قایم شهر, قائم‌شهر",
            "نایین, نائین",
            "بهمیی, بهمئی",
            "ارزوییه, ارزوئیه",
            "حاجی اباد, حاجی‌آباد",
            "بویین زهرا, بوئین‌زهرا",
            "بو یین و میاندشت, بوئین و میاندشت",
            "آران وبیدگل, آران و بیدگل",
            "شاهین شهرومیمه, شاهین‌شهر و میمه",
            "اسلام آبادغرب, اسلام‌آباد غرب",
            "رودبارجنوب, رودبار جنوب",
            "نی ریز, نی‌ریز"
    })
    void matchKeyMatchesOfficialCountySpellingsWithCommonOnes(String official, String common) {
        assertThat(PersianText.matchKey(common)).isEqualTo(PersianText.matchKey(official));
    }

    @Test
    void matchKeyDoesNotFoldSpellingsThatDifferInLetters() {
        // «چاه بهار» (official list) and «چابهار» differ by a letter: an alias, not a spelling variant.
        assertThat(PersianText.matchKey("چاه بهار")).isNotEqualTo(PersianText.matchKey("چابهار"));
    }

    @Test
    void matchKeyKeepsEveryProvinceAndEveryCountyOfAProvinceDistinct() throws IOException {
        List<String[]> rows = readRegions();
        Map<String, List<String>> provincesByKey = rows.stream().map(row -> row[1]).distinct()
                .collect(groupingBy(PersianText::matchKey, toList()));
        Map<String, List<String>> countiesByKey = new HashMap<>();
        rows.forEach(row -> countiesByKey.computeIfAbsent(row[0] + ":" + PersianText.matchKey(row[3]),
                key -> new ArrayList<>()).add(row[3]));

        assertThat(provincesByKey).hasSize(31).allSatisfy((key, names) -> assertThat(names).hasSize(1));
        assertThat(countiesByKey).hasSize(rows.size()).allSatisfy((key, names) -> assertThat(names).hasSize(1));
    }

    @Test
    void matchKeyIsNullSafe() {
        assertThat(PersianText.matchKey(null)).isNull();
        assertThat(PersianText.matchKey("  ")).isEmpty();
    }

    @Test
    void withoutSpacesOrDashesDropsGroupingAndBidiMarksFromPastedNumbers() {
        assertThat(PersianText.withoutSpacesOrDashes("\u202A+98 912\u00A0123–45\u200E67\u202C")).isEqualTo("+989121234567");
        assertThat(PersianText.withoutSpacesOrDashes(null)).isEmpty();
    }

    private static List<String[]> readRegions() throws IOException {
        try (InputStream in = PersianTextTest.class.getResourceAsStream("/regions/provinces-counties.csv")) {
            assertThat(in).as("regions CSV on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).map(line -> line.split(",")).toList();
        }
    }
}
