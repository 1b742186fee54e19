package ir.kanoonyar.backoffice.staff;

import ir.kanoonyar.db.staff.StaffRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The national admin's edit of a staff account: its name, role and place. Whether the county lies in
 * the province, and the role is one an edit may give, is checked by {@link StaffAdmin}.
 */
public class StaffEditForm {

    @NotBlank(message = "{staff.edit.error.displayName}")
    @Size(max = StaffAdmin.DISPLAY_NAME_LENGTH, message = "{staff.edit.error.displayName}")
    private String displayName;

    @NotNull(message = "{staff.edit.error.role}")
    private StaffRole role;

    @NotNull(message = "{staff.edit.error.province}")
    private Long provinceId;

    private Long countyId;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }
}
