package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RegionLookup.Region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static ir.kanoonyar.db.form.TestRegions.MAZANDARAN;
import static ir.kanoonyar.db.form.TestRegions.QAEM_SHAHR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryRegionLookupTest {

    private final InMemoryRegionLookup regions = TestRegions.lookup();

    @ParameterizedTest
    @ValueSource(strings = {"قایم شهر", "قائم‌شهر", "قائم شهر", "قائمشهر", " قايم  شهر ", "قایم‌شهر"})
    void findsQaemShahrHoweverItIsSpelled(String typed) {
        assertThat(regions.countyCode(MAZANDARAN, typed)).contains(QAEM_SHAHR);
    }

    @Test
    void findsACountyOnlyInItsProvince() {
        assertThat(regions.countyCode(TestRegions.TEHRAN, "قائم‌شهر")).isEmpty();
        assertThat(regions.countiesNamed("قائم‌شهر")).containsExactly(new Region(QAEM_SHAHR, "قایم شهر"));
        assertThat(regions.provinceOf(QAEM_SHAHR)).contains(MAZANDARAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"چهارمحال و بختیاری", "چهارمحال وبختیاری", "چهار محال و بختیاری"})
    void findsProvincesDespiteSpaces(String typed) {
        assertThat(regions.provinceCode(typed)).contains("14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"۲", "2", "02", "٠٢", "", "   ", "استان"})
    void aCodeOrNothingIsNoName(String typed) {
        assertThat(regions.provinceCode(typed)).isEmpty();
        assertThat(regions.countyCode(MAZANDARAN, typed)).isEmpty();
    }

    @Test
    void suggestsSimilarNamesBestFirst() {
        assertThat(regions.provinceSuggestions("مازندرن", 3)).extracting(Region::name).containsExactly("مازندران");
        assertThat(regions.provinceSuggestions("آذربایجان", 3)).extracting(Region::name)
                .containsExactly("آذربایجان شرقی", "آذربایجان غربی");
        assertThat(regions.provinceSuggestions("استان تهران", 3)).extracting(Region::name).containsExactly("تهران");
        assertThat(regions.countySuggestions(MAZANDARAN, "ساري", 3)).extracting(Region::name).startsWith("ساری");
        assertThat(regions.countySuggestions(MAZANDARAN, "نو", 3)).extracting(Region::name)
                .containsExactly("نور", "نوشهر");
        assertThat(regions.provinceSuggestions("ایکس‌ایگرگ‌زد", 3)).isEmpty();
    }

    @Test
    void suggestsAtMostTheLimit() {
        assertThat(regions.provinceSuggestions("ا", 3)).hasSizeLessThanOrEqualTo(3);
        assertThat(regions.provinceSuggestions("مازندران", 0)).isEmpty();
    }

    @Test
    void namesByCode() {
        assertThat(regions.provinceName(MAZANDARAN)).contains("مازندران");
        assertThat(regions.countyName(QAEM_SHAHR)).contains("قایم شهر");
        assertThat(regions.provinceName("99")).isEmpty();
        assertThat(regions.countyName("9999")).isEmpty();
        assertThat(regions.counties("99")).isEmpty();
        assertThat(regions.provinces()).extracting(Region::code).isSorted();
        assertThat(regions.counties(MAZANDARAN)).extracting(Region::code).isSorted();
    }

    @Test
    void editDistance() {
        assertThat(InMemoryRegionLookup.editDistance("", "abc")).isEqualTo(3);
        assertThat(InMemoryRegionLookup.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(InMemoryRegionLookup.editDistance("مازندرن", "مازندران")).isEqualTo(1);
    }

    @Test
    void refusesInconsistentLists() {
        assertThatThrownBy(() -> new InMemoryRegionLookup(List.of(new Region("01", "الف")),
                Map.of("02", List.of(new Region("0201", "ب"))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRegionLookup(List.of(new Region("01", "الف"), new Region("01", "ب")),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
