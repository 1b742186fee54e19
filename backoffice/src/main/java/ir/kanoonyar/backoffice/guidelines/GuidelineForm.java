package ir.kanoonyar.backoffice.guidelines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.forms.JalaliDay;
import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Education;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a new guideline version. Numbers are bound by the back-office's Persian-digit formatter;
 * each rule's Persian message is a key of the message bundle. Whether the date lies in the past
 * depends on today, so the controller checks that one.
 */
public class GuidelineForm {

    static final int MAX_NOTE = 1000;
    private static final int MAX_COURSES = 500;

    @NotNull(message = "{guideline.error.minAge}")
    @Min(value = 0, message = "{guideline.error.minAge}")
    @Max(value = 150, message = "{guideline.error.minAge}")
    private Integer minAge;

    @NotNull(message = "{guideline.error.maxAge}")
    @Min(value = 0, message = "{guideline.error.maxAge}")
    @Max(value = 150, message = "{guideline.error.maxAge}")
    private Integer maxAge;

    @NotNull(message = "{guideline.error.education}")
    private Education minEducation = Education.DIPLOMA;

    private boolean genderMustMatch = true;

    @NotNull(message = "{guideline.error.maxKanoons}")
    @Min(value = 1, message = "{guideline.error.maxKanoons}")
    @Max(value = 1000, message = "{guideline.error.maxKanoons}")
    private Integer maxKanoonsPerManager = 1;

    /** Ticked national courses and the typed field come under this one name, joined by commas. */
    private String requiredCourses = "";

    @NotNull(message = "{guideline.error.trainingDays}")
    @Min(value = 0, message = "{guideline.error.trainingDays}")
    @Max(value = 3650, message = "{guideline.error.trainingDays}")
    private Integer trainingWithinDays;

    @NotNull(message = "{guideline.error.membersUrban}")
    @Min(value = 0, message = "{guideline.error.membersUrban}")
    @Max(value = 100000, message = "{guideline.error.membersUrban}")
    private Integer minMembersUrban;

    @NotNull(message = "{guideline.error.membersRural}")
    @Min(value = 0, message = "{guideline.error.membersRural}")
    @Max(value = 100000, message = "{guideline.error.membersRural}")
    private Integer minMembersRural;

    @NotBlank(message = "{guideline.error.date}")
    @JalaliDay(message = "{guideline.error.date}")
    private String effectiveDate;

    @Size(max = MAX_NOTE, message = "{guideline.error.note}")
    private String note = "";

    /** The form filled with a version's values, to start the next one from. */
    static GuidelineForm of(GuidelineVersion v, String date) {
        GuidelineForm form = new GuidelineForm();
        form.effectiveDate = date;
        if (v != null) {
            form.minAge = v.getMinAge();
            form.maxAge = v.getMaxAge();
            form.minEducation = v.getMinEducation();
            form.genderMustMatch = v.isGenderMustMatch();
            form.maxKanoonsPerManager = v.getMaxKanoonsPerManager();
            form.requiredCourses = String.join(", ", v.getRequiredCourses());
            form.trainingWithinDays = v.getTrainingWithinDays();
            form.minMembersUrban = v.getMinMembersUrban();
            form.minMembersRural = v.getMinMembersRural();
        }
        return form;
    }

    /** Shown next to the maximum age: both ages given, the minimum above the maximum. */
    @AssertTrue(message = "{guideline.error.ageOrder}")
    public boolean isAgeOrder() {
        return minAge == null || maxAge == null || minAge <= maxAge;
    }

    @AssertTrue(message = "{guideline.error.courses}")
    public boolean isCoursesFit() {
        return String.join(",", courses()).length() <= MAX_COURSES;
    }

    /** The typed date as the first instant of that day in Tehran; only for a form that passed validation. */
    Instant effectiveFrom() {
        return JalaliDate.parse(effectiveDate).value().toLocalDate().atStartOfDay(JalaliDate.TEHRAN).toInstant();
    }

    /** A builder with every rule set (but number and author); only for a form that passed validation. */
    GuidelineVersion.Builder builder() {
        return GuidelineVersion.builder()
                .ages(minAge, maxAge)
                .minEducation(minEducation)
                .genderMustMatch(genderMustMatch)
                .maxKanoonsPerManager(maxKanoonsPerManager)
                .requiredCourses(courses())
                .trainingWithinDays(trainingWithinDays)
                .minMembersUrban(minMembersUrban)
                .minMembersRural(minMembersRural)
                .effectiveFrom(effectiveFrom())
                .note(note);
    }

    /** The course codes, each once. */
    List<String> courses() {
        List<String> courses = new ArrayList<>();
        for (String code : courseCodes(requiredCourses)) {
            if (!courses.contains(code)) {
                courses.add(code);
            }
        }
        return courses;
    }

    /**
     * Course codes as typed or ticked (the page sends ticked courses and the typed field under one
     * name, joined by commas; a Persian comma separates as well): trimmed and in capitals, as courses are coded.
     */
    static List<String> courseCodes(String typed) {
        List<String> codes = new ArrayList<>();
        for (String c : (typed == null ? "" : typed.replace('،', ',')).split(",")) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Education getMinEducation() {
        return minEducation;
    }

    public void setMinEducation(Education minEducation) {
        this.minEducation = minEducation;
    }

    public boolean isGenderMustMatch() {
        return genderMustMatch;
    }

    public void setGenderMustMatch(boolean genderMustMatch) {
        this.genderMustMatch = genderMustMatch;
    }

    public Integer getMaxKanoonsPerManager() {
        return maxKanoonsPerManager;
    }

    public void setMaxKanoonsPerManager(Integer maxKanoonsPerManager) {
        this.maxKanoonsPerManager = maxKanoonsPerManager;
    }

    public String getRequiredCourses() {
        return requiredCourses;
    }

    public void setRequiredCourses(String requiredCourses) {
        this.requiredCourses = requiredCourses;
    }

    public Integer getTrainingWithinDays() {
        return trainingWithinDays;
    }

    public void setTrainingWithinDays(Integer trainingWithinDays) {
        this.trainingWithinDays = trainingWithinDays;
    }

    public Integer getMinMembersUrban() {
        return minMembersUrban;
    }

    public void setMinMembersUrban(Integer minMembersUrban) {
        this.minMembersUrban = minMembersUrban;
    }

    public Integer getMinMembersRural() {
        return minMembersRural;
    }

    public void setMinMembersRural(Integer minMembersRural) {
        this.minMembersRural = minMembersRural;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
