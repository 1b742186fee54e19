package ir.kanoonyar.backoffice.staff;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;

/**
 * The password a staff member sets through a one-time link, typed twice. The password rules
 * themselves (PasswordPolicy) are checked by {@link PasswordLinks}, against the account's name.
 */
public class NewPasswordForm {

    @NotEmpty(message = "{passwordLink.error.empty}")
    private String password;

    private String repeated;

    @AssertTrue(message = "{passwordLink.error.mismatch}")
    public boolean isRepeatedTheSame() {
        return password == null || password.isEmpty() || password.equals(repeated);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
