package ir.kanoonyar.db.form;

import ir.kanoonyar.db.form.RawAnswer.Typed;
import ir.kanoonyar.db.form.RegionLookup.Region;
import ir.kanoonyar.db.region.Province;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions the migrations load (the Statistical Centre's list), matched through the JPA lookup
 * on an embedded H2 database in MySQL mode, with the Flyway migrations run as they are.
 */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:form_regions;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.flyway.enabled=true"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = JpaRegionLookupTest.RegionsOnly.class)
class JpaRegionLookupTest {

    /**
     * The region entities and repositories, and the lookup. Not a @Configuration, so no component
     * scan of the db module picks it up.
     */
    @AutoConfigurationPackage(basePackageClasses = Province.class)
    @Import(JpaRegionLookup.class)
    static class RegionsOnly {
    }

    private static final String MAZANDARAN = "02";
    private static final String QAEM_SHAHR = "0210";

    @Autowired
    private JpaRegionLookup regions;

    @Test
    void readsEveryProvinceAndCounty() {
        assertThat(regions.provinces()).hasSize(31);
        assertThat(regions.provinceName(MAZANDARAN)).contains("مازندران");
        assertThat(regions.countyName(QAEM_SHAHR)).contains("قایم شهر");
        assertThat(regions.provinceOf(QAEM_SHAHR)).contains(MAZANDARAN);
        assertThat(regions.counties("00")).extracting(Region::name).contains("اراک");
    }

    @ParameterizedTest
    @ValueSource(strings = {"قائم‌شهر", "قائم شهر", "قایم شهر", "قائمشهر", "قايم‌شهر"})
    void findsQaemShahrInMazandaran(String typed) {
        assertThat(regions.countyCode(MAZANDARAN, typed)).contains(QAEM_SHAHR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"۲", "2", "02", "٢", "0210"})
    void aTypedCodeIsNoRegion(String typed) {
        assertThat(regions.provinceCode(typed)).isEmpty();
        assertThat(regions.countyCode(MAZANDARAN, typed)).isEmpty();
    }

    /** No two provinces, and no two counties of one province, fold to the same key. */
    @Test
    void everyOfficialNameFindsItself() {
        for (Region province : regions.provinces()) {
            assertThat(regions.provinceCode(province.name())).as(province.name()).contains(province.code());
            for (Region county : regions.counties(province.code())) {
                assertThat(regions.countyCode(province.code(), county.name())).as(county.name()).contains(county.code());
            }
        }
    }

    @Test
    void suggestsSimilarProvinces() {
        assertThat(regions.provinceSuggestions("مازندرن", 3)).extracting(Region::name).startsWith("مازندران");
        assertThat(regions.provinceSuggestions("خراسان", 3)).extracting(Region::name)
                .containsExactlyInAnyOrder("خراسان رضوی", "خراسان شمالی", "خراسان جنوبی");
    }

    @Test
    void theValidatorMatchesAgainstTheDatabase() {
        FieldValidator validator = new FieldValidator(regions, new FormMessages(regions), FieldValidatorTest.CLOCK);
        FieldDefinition province = FieldDefinition.province("province");
        FieldDefinition county = FieldDefinition.county("county", "province");

        FieldResult chosen = validator.validate(province, new Typed("مازندران"), Map.of());
        assertThat(chosen).isEqualTo(FieldResult.ok(MAZANDARAN));
        assertThat(validator.validate(county, new Typed("قائم‌شهر"), Map.of("province", chosen.value())))
                .isEqualTo(FieldResult.ok(QAEM_SHAHR));
        assertThat(validator.validate(province, new Typed("۲"), Map.of()).valid()).isFalse();

        FieldResult elsewhere = validator.validate(county, new Typed("اراک"), Map.of("province", MAZANDARAN));
        assertThat(elsewhere.reasonKey()).isEqualTo(FieldReason.COUNTY_IN_OTHER_PROVINCE.key());
        assertThat(elsewhere.reasonArgs()).containsExactly("اراک", "مرکزی", "مازندران");

        assertThat(new FormMessages(regions).display(county, QAEM_SHAHR)).isEqualTo("قایم شهر");
    }
}
