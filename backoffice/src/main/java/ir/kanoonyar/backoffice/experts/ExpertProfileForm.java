package ir.kanoonyar.backoffice.experts;

import jakarta.validation.constraints.Size;

/**
 * A staff member's own entry in the experts' directory, from their account page: specialties one a
 * line (or separated by commas) and whether they take consultations from other provinces. How many
 * tags and how long each is are ExpertProfiles' rules.
 */
public class ExpertProfileForm {

    @Size(max = 600, message = "{experts.profile.tooLong}")
    private String specialties = "";

    private boolean takesConsultations;

    public String getSpecialties() {
        return specialties;
    }

    public void setSpecialties(String specialties) {
        this.specialties = specialties;
    }

    public boolean isTakesConsultations() {
        return takesConsultations;
    }

    public void setTakesConsultations(boolean takesConsultations) {
        this.takesConsultations = takesConsultations;
    }
}
