package ir.kanoonyar.backoffice.dashboard;

import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.Province;
import ir.kanoonyar.db.region.ProvinceRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which region a dashboard request may show: the staff member's own region, or a province or county
 * inside it that the address names. A region outside the scope, or no region at all, is "not found".
 */
@Component
class DashboardRegions {

    private final ProvinceRepository provinces;
    private final CountyRepository counties;

    DashboardRegions(ProvinceRepository provinces, CountyRepository counties) {
        this.provinces = provinces;
        this.counties = counties;
    }

    /** @throws ResponseStatusException 404 for a province or county outside the scope, or unknown */
    @Transactional(readOnly = true)
    DashboardRegion resolve(StaffScope scope, String provinceParam, String countyParam) {
        Long provinceId = id(provinceParam);
        Long countyId = id(countyParam);
        if (countyId != null) {
            County county = counties.findById(countyId).orElseThrow(DashboardRegions::notFound);
            Long countyProvince = county.getProvince().getId();
            if (!scope.covers(countyProvince, countyId) || (provinceId != null && !provinceId.equals(countyProvince))) {
                throw notFound();
            }
            return new DashboardRegion(DashboardRegion.COUNTY, countyId, county.getName(), countyProvince);
        }
        if (provinceId != null) {
            Province province = provinces.findById(provinceId).orElseThrow(DashboardRegions::notFound);
            if (scope.countyId() != null || !scope.covers(provinceId, null)) {
                throw notFound();
            }
            return new DashboardRegion(DashboardRegion.PROVINCE, provinceId, province.getName(), provinceId);
        }
        return switch (scope.role()) {
            case NATIONAL_ADMIN -> new DashboardRegion(DashboardRegion.NATION, 0, "کل کشور", null);
            case PROVINCE_STAFF -> resolve(scope, scope.provinceId().toString(), null);
            case COUNTY_STAFF -> resolve(scope, null, scope.countyId().toString());
        };
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = PersianText.normalize(value).strip();
        if (!digits.matches("[0-9]{1,18}")) {
            throw notFound();
        }
        return Long.parseLong(digits);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
