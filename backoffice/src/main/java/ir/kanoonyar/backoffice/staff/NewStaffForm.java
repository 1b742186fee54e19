package ir.kanoonyar.backoffice.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new staff account: its username, the name shown for it, a first password and its place (a
 * province for the national admin, a county of their province for province staff). The password
 * rules (PasswordPolicy, which needs the username) and whether the place is one the creator may give
 * are checked by {@link StaffAdmin}.
 */
public class NewStaffForm {

    @NotNull(message = "{staff.error.username}")
    @Pattern(regexp = StaffAdmin.USERNAME_RULE, message = "{staff.error.username}")
    private String username;

    @NotBlank(message = "{staff.error.displayName}")
    @Size(max = StaffAdmin.DISPLAY_NAME_LENGTH, message = "{staff.error.displayName}")
    private String displayName;

    private String password;

    private Long place;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getPlace() {
        return place;
    }

    public void setPlace(Long place) {
        this.place = place;
    }
}
