package ir.kanoonyar.backoffice.identity;

import jakarta.validation.constraints.AssertTrue;

/** The checklist a sign is confirmed against: every item must be ticked. */
public class SignChecklistForm {

    @AssertTrue(message = "{identity.sign.check.required}")
    private boolean logoVisible;

    @AssertTrue(message = "{identity.sign.check.required}")
    private boolean nameCorrect;

    @AssertTrue(message = "{identity.sign.check.required}")
    private boolean readable;

    @AssertTrue(message = "{identity.sign.check.required}")
    private boolean atEntrance;

    public boolean isLogoVisible() {
        return logoVisible;
    }

    public void setLogoVisible(boolean logoVisible) {
        this.logoVisible = logoVisible;
    }

    public boolean isNameCorrect() {
        return nameCorrect;
    }

    public void setNameCorrect(boolean nameCorrect) {
        this.nameCorrect = nameCorrect;
    }

    public boolean isReadable() {
        return readable;
    }

    public void setReadable(boolean readable) {
        this.readable = readable;
    }

    public boolean isAtEntrance() {
        return atEntrance;
    }

    public void setAtEntrance(boolean atEntrance) {
        this.atEntrance = atEntrance;
    }
}
