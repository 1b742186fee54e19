package ir.kanoonyar.db.ticket;

import java.util.Objects;

import ir.kanoonyar.db.staff.StaffRole;

/**
 * The staff member acting on a ticket and the region they may see: county staff their county, province
 * staff their province, the national admin everything. A ticket outside it is "not found".
 */
public record TicketStaff(Long accountId, String name, StaffRole role, Long provinceId, Long countyId) {

    public TicketStaff {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
    }

    public boolean covers(Ticket ticket) {
        return covers(ticket.getProvinceId(), ticket.getCountyId());
    }

    public boolean covers(Long ticketProvinceId, Long ticketCountyId) {
        return switch (role) {
            case NATIONAL_ADMIN -> true;
            case PROVINCE_STAFF -> Objects.equals(provinceId, ticketProvinceId);
            case COUNTY_STAFF -> Objects.equals(countyId, ticketCountyId);
        };
    }
}
