package ir.kanoonyar.backoffice.dashboard;

import ir.kanoonyar.db.indicator.IndicatorWeights;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of the score's weights as the national admin types it: seven percentages that add up to
 * 100 (checked by {@link IndicatorWeights#problem()}) and three monthly targets.
 */
public class WeightsForm {

    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer reports;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer participants;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer corridors;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer regularity;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer training;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer licence;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 0, message = "{dashboard.weights.range}")
    @Max(value = 100, message = "{dashboard.weights.range}")
    private Integer members;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 1, message = "{dashboard.weights.target}")
    @Max(value = 1000, message = "{dashboard.weights.target}")
    private Integer targetReports;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 1, message = "{dashboard.weights.target}")
    @Max(value = 100000, message = "{dashboard.weights.target}")
    private Integer targetParticipants;
    @NotNull(message = "{dashboard.weights.required}")
    @Min(value = 1, message = "{dashboard.weights.target}")
    @Max(value = 12, message = "{dashboard.weights.target}")
    private Integer targetCorridors;
    @Size(max = 500, message = "{dashboard.weights.noteLength}")
    private String note;

    /** The form filled with a version's values, to start the next one from. */
    static WeightsForm of(IndicatorWeights w) {
        WeightsForm form = new WeightsForm();
        form.reports = w.reports();
        form.participants = w.participants();
        form.corridors = w.corridors();
        form.regularity = w.regularity();
        form.training = w.training();
        form.licence = w.licence();
        form.members = w.members();
        form.targetReports = w.targetReports();
        form.targetParticipants = w.targetParticipants();
        form.targetCorridors = w.targetCorridors();
        return form;
    }

    public Integer getReports() {
        return reports;
    }

    public void setReports(Integer reports) {
        this.reports = reports;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getCorridors() {
        return corridors;
    }

    public void setCorridors(Integer corridors) {
        this.corridors = corridors;
    }

    public Integer getRegularity() {
        return regularity;
    }

    public void setRegularity(Integer regularity) {
        this.regularity = regularity;
    }

    public Integer getTraining() {
        return training;
    }

    public void setTraining(Integer training) {
        this.training = training;
    }

    public Integer getLicence() {
        return licence;
    }

    public void setLicence(Integer licence) {
        this.licence = licence;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Integer getTargetReports() {
        return targetReports;
    }

    public void setTargetReports(Integer targetReports) {
        this.targetReports = targetReports;
    }

    public Integer getTargetParticipants() {
        return targetParticipants;
    }

    public void setTargetParticipants(Integer targetParticipants) {
        this.targetParticipants = targetParticipants;
    }

    public Integer getTargetCorridors() {
        return targetCorridors;
    }

    public void setTargetCorridors(Integer targetCorridors) {
        this.targetCorridors = targetCorridors;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
