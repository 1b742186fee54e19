package ir.kanoonyar.db.staff;

public enum StaffRole {
    NATIONAL_ADMIN,
    PROVINCE_STAFF,
    COUNTY_STAFF
}
