package ir.kanoonyar.backoffice.security;

import java.io.Serializable;
import java.util.Objects;

import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.ReviewLevel;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffRole;

/**
 * Who a signed-in staff member is and what part of the country they may see and act on. Every
 * query and every action is checked against it: something outside the scope is "not found".
 *
 * @param provinceId the province of PROVINCE_STAFF and COUNTY_STAFF; null for NATIONAL_ADMIN
 * @param countyId   the county of COUNTY_STAFF; null otherwise
 */
public record StaffScope(Long accountId, String username, String displayName, StaffRole role, Long provinceId,
                         Long countyId) implements Serializable {

    public StaffScope {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == StaffRole.PROVINCE_STAFF && provinceId == null) {
            throw new IllegalArgumentException("Province staff need a province");
        }
        if (role == StaffRole.COUNTY_STAFF && (provinceId == null || countyId == null)) {
            throw new IllegalArgumentException("County staff need a province and a county");
        }
    }

    public static StaffScope of(StaffAccount account) {
        return new StaffScope(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getProvinceId(), account.getCountyId());
    }

    /** Whether a place (province, county) lies inside this scope. */
    public boolean covers(Long provinceId, Long countyId) {
        return switch (role) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_STAFF -> Objects.equals(this.provinceId, provinceId);
            case COUNTY_STAFF -> Objects.equals(this.countyId, countyId);
        };
    }

    public boolean covers(Request request) {
        return covers(request.getProvinceId(), request.getCountyId());
    }

    /** The review level this staff member decides at; none for the national admin. */
    public ReviewLevel reviewLevel() {
        return switch (role) {
            case COUNTY_STAFF -> ReviewLevel.COUNTY;
            case PROVINCE_STAFF -> ReviewLevel.PROVINCE;
            case NATIONAL_ADMIN -> null;
        };
    }

    /** The status of the requests waiting at this staff member's step, or null for the national admin. */
    public RequestStatus inboxStatus() {
        ReviewLevel level = reviewLevel();
        return level == null ? null : level.reviewStatus();
    }
}
