package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tests only: the staff member is named by the {@value #HEADER} header, standing in for the
 * security layer's signed-in principal.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestStaff {

    public static final String HEADER = "X-Test-Staff";

    public static final String ARAK_COUNTY = "demo-county";
    public static final String SAVEH_COUNTY = "saveh-county";
    public static final String ASHTIAN_COUNTY = "ashtian-county";
    public static final String MARKAZI_PROVINCE = "demo-province";
    public static final String TEHRAN_PROVINCE = "tehran-province";
    public static final String NATIONAL = "demo-national";

    @Bean
    CurrentStaff headerStaff(CountyRepository counties, ProvinceRepository provinces) {
        return () -> {
            HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                    .getRequest();
            String who = request.getHeader(HEADER);
            if (who == null) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
            }
            return switch (who) {
                case ARAK_COUNTY -> county(who, counties, "0001");
                case SAVEH_COUNTY -> county(who, counties, "0006");
                case ASHTIAN_COUNTY -> county(who, counties, "0002");
                case MARKAZI_PROVINCE -> new StaffScope(null, who, "کارشناس مرکزی", StaffRole.PROVINCE_STAFF,
                        provinces.findByCode("00").orElseThrow().getId(), null);
                case TEHRAN_PROVINCE -> new StaffScope(null, who, "کارشناس تهران", StaffRole.PROVINCE_STAFF,
                        provinces.findByCode("23").orElseThrow().getId(), null);
                case NATIONAL -> new StaffScope(null, who, "ستاد", StaffRole.NATIONAL_ADMIN, null, null);
                default -> throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
            };
        };
    }

    private static StaffScope county(String who, CountyRepository counties, String code) {
        County county = counties.findByCode(code).orElseThrow();
        return new StaffScope(null, who, "کارشناس " + county.getName(), StaffRole.COUNTY_STAFF,
                county.getProvince().getId(), county.getId());
    }
}
