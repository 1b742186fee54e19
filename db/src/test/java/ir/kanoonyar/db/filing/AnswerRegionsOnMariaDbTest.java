package ir.kanoonyar.db.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The province and county a form's answers name, by code as the bot stores them or by name as typed. */
class AnswerRegionsOnMariaDbTest extends MariaDbTest {

    @Autowired
    AnswerRegions regions;
    @Autowired
    CountyRepository counties;

    @Test
    void codesAsTheBotStoresThemPlaceTheRequest() {
        County arak = counties.findByCode("0001").orElseThrow();

        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "00", FieldKeys.COUNTY, "0001")))
                .contains(Placement.region(arak.getProvince().getId(), arak.getId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"قایم شهر", "قائم\u200cشهر", "قائم شهر", "قايم شهر", " قایم‌شهر "})
    void typedNamesMatchWhateverTheirSpacesHamzaOrArabicLetters(String typed) {
        County qaemShahr = counties.findByCode("0210").orElseThrow();

        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "مازندران", FieldKeys.COUNTY, typed)))
                .contains(Placement.region(qaemShahr.getProvince().getId(), qaemShahr.getId()));
    }

    @Test
    void aCountyOfAnotherProvinceUnknownNamesAndMissingAnswersPlaceNothing() {
        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "00", FieldKeys.COUNTY, "0210"))).isEmpty();
        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "00", FieldKeys.COUNTY, "قایم شهر")))
                .isEmpty();
        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "آتلانتیس", FieldKeys.COUNTY, "0001")))
                .isEmpty();
        assertThat(regions.provinceAndCounty(Map.of(FieldKeys.PROVINCE, "00"))).isEmpty();
        assertThat(regions.provinceId(Map.of(FieldKeys.PROVINCE, "۲"))).as("a code typed is no name").isEmpty();
    }
}
