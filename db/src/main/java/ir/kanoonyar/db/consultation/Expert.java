package ir.kanoonyar.db.consultation;

import java.util.List;

import ir.kanoonyar.db.staff.StaffRole;

/**
 * A staff member as the experts' directory shows them: by name and place, never by id alone.
 *
 * @param provinceName empty for the national admin
 * @param countyName   empty unless county staff
 */
public record Expert(long accountId, String displayName, StaffRole role, Long provinceId, String provinceName,
                     String countyName, List<String> specialties, boolean takesConsultations) {
}
