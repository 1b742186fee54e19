package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.backoffice.security.StaffPrincipal;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Tests only: signs a request in as one of a few staff members, through Spring Security's test
 * support, so every request goes through the real security filters (CSRF included).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestStaff {

    public static final String ARAK_COUNTY = "demo-county";
    public static final String SAVEH_COUNTY = "saveh-county";
    public static final String ASHTIAN_COUNTY = "ashtian-county";
    public static final String MARKAZI_PROVINCE = "demo-province";
    public static final String TEHRAN_PROVINCE = "tehran-province";
    public static final String NATIONAL = "demo-national";

    /** Signs requests in as a named test staff member. */
    public interface Logins {
        RequestPostProcessor as(String who);
    }

    @Bean
    Logins logins(CountyRepository counties, ProvinceRepository provinces) {
        return who -> SecurityMockMvcRequestPostProcessors.user(
                new StaffPrincipal(scope(who, counties, provinces), "", true, false));
    }

    private static StaffScope scope(String who, CountyRepository counties, ProvinceRepository provinces) {
            return switch (who) {
                case ARAK_COUNTY -> county(who, counties, "0001");
                case SAVEH_COUNTY -> county(who, counties, "0006");
                case ASHTIAN_COUNTY -> county(who, counties, "0002");
                case MARKAZI_PROVINCE -> new StaffScope(null, who, "کارشناس مرکزی", StaffRole.PROVINCE_STAFF,
                        provinces.findByCode("00").orElseThrow().getId(), null);
                case TEHRAN_PROVINCE -> new StaffScope(null, who, "کارشناس تهران", StaffRole.PROVINCE_STAFF,
                        provinces.findByCode("23").orElseThrow().getId(), null);
                case NATIONAL -> new StaffScope(null, who, "ستاد", StaffRole.NATIONAL_ADMIN, null, null);
                default -> throw new IllegalArgumentException("no test staff " + who);
            };
    }

    private static StaffScope county(String who, CountyRepository counties, String code) {
        County county = counties.findByCode(code).orElseThrow();
        return new StaffScope(null, who, "کارشناس " + county.getName(), StaffRole.COUNTY_STAFF,
                county.getProvince().getId(), county.getId());
    }
}
