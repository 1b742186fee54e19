package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One version of the eligibility guideline (table {@code guideline_version}): every rule is a
 * parameter here, so the national admin changes the rules by saving a new version with a time from
 * which it is in force. A saved version never changes (a new version is a new row); a request is
 * judged by the version in force when it was submitted.
 * <p>
 * Build one with {@link #builder()}, or start the next version from this one with
 * {@link #toBuilder()}.
 */
@Entity
@Table(name = "guideline_version")
@Immutable
public class GuidelineVersion {

    /** Separator of course codes in the {@code required_courses} column. */
    static final String COURSE_SEPARATOR = ",";
    static final int REQUIRED_COURSES_LENGTH = 500;
    static final int NOTE_LENGTH = 1000;
    static final int CREATED_BY_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private Instant effectiveFrom;

    @Column(nullable = false)
    private int minAge;

    @Column(nullable = false)
    private int maxAge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Education minEducation;

    @Column(nullable = false)
    private boolean genderMustMatch;

    @Column(nullable = false)
    private int maxKanoonsPerManager;

    /** Course codes separated by commas, sorted, no blanks; empty when no course is required. */
    @Column(nullable = false, length = REQUIRED_COURSES_LENGTH)
    private String requiredCourses;

    @Column(nullable = false)
    private int trainingWithinDays;

    @Column(nullable = false)
    private int minMembersUrban;

    @Column(nullable = false)
    private int minMembersRural;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(nullable = false, length = CREATED_BY_LENGTH)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected GuidelineVersion() {
    }

    private GuidelineVersion(Builder b) {
        this.versionNumber = required(b.versionNumber, "versionNumber");
        this.effectiveFrom = required(b.effectiveFrom, "effectiveFrom");
        this.minAge = required(b.minAge, "minAge");
        this.maxAge = required(b.maxAge, "maxAge");
        this.minEducation = required(b.minEducation, "minEducation");
        this.genderMustMatch = required(b.genderMustMatch, "genderMustMatch");
        this.maxKanoonsPerManager = required(b.maxKanoonsPerManager, "maxKanoonsPerManager");
        this.requiredCourses = joinCourses(b.requiredCourses);
        this.trainingWithinDays = required(b.trainingWithinDays, "trainingWithinDays");
        this.minMembersUrban = required(b.minMembersUrban, "minMembersUrban");
        this.minMembersRural = required(b.minMembersRural, "minMembersRural");
        this.note = b.note == null || b.note.isBlank() ? null : b.note.strip();
        this.createdBy = required(b.createdBy, "createdBy").strip();
        this.createdAt = required(b.createdAt, "createdAt");

        check(versionNumber >= 1, "versionNumber must be at least 1: " + versionNumber);
        check(minAge >= 0, "minAge must not be negative: " + minAge);
        check(minAge <= maxAge, "minAge " + minAge + " is above maxAge " + maxAge);
        check(maxKanoonsPerManager >= 1, "maxKanoonsPerManager must be at least 1: " + maxKanoonsPerManager);
        check(trainingWithinDays >= 0, "trainingWithinDays must not be negative: " + trainingWithinDays);
        check(minMembersUrban >= 0, "minMembersUrban must not be negative: " + minMembersUrban);
        check(minMembersRural >= 0, "minMembersRural must not be negative: " + minMembersRural);
        check(!createdBy.isEmpty(), "createdBy must not be blank");
        check(createdBy.length() <= CREATED_BY_LENGTH, "createdBy is longer than " + CREATED_BY_LENGTH);
        check(note == null || note.length() <= NOTE_LENGTH, "note is longer than " + NOTE_LENGTH);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every rule of this version (not its id), to make the next version: set at
     * least a new version number, effective time, author and creation time.
     */
    public Builder toBuilder() {
        return new Builder()
                .versionNumber(versionNumber)
                .effectiveFrom(effectiveFrom)
                .minAge(minAge)
                .maxAge(maxAge)
                .minEducation(minEducation)
                .genderMustMatch(genderMustMatch)
                .maxKanoonsPerManager(maxKanoonsPerManager)
                .requiredCourses(getRequiredCourses())
                .trainingWithinDays(trainingWithinDays)
                .minMembersUrban(minMembersUrban)
                .minMembersRural(minMembersRural)
                .note(note)
                .createdBy(createdBy)
                .createdAt(createdAt);
    }

    /** The database id; null until saved. */
    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** From when this version is in force (until a later version takes over). */
    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    /** Minimum age of a manager, in whole years, inclusive. */
    public int getMinAge() {
        return minAge;
    }

    /** Maximum age of a manager, in whole years, inclusive. */
    public int getMaxAge() {
        return maxAge;
    }

    public Education getMinEducation() {
        return minEducation;
    }

    /** Whether a brothers' kanoon needs a male manager and a sisters' kanoon a female one. */
    public boolean isGenderMustMatch() {
        return genderMustMatch;
    }

    /** How many kanoons one person may manage at once. */
    public int getMaxKanoonsPerManager() {
        return maxKanoonsPerManager;
    }

    /** Codes of the courses a new manager must pass, sorted; unmodifiable, empty when none. */
    public SortedSet<String> getRequiredCourses() {
        return parseCourses(requiredCourses);
    }

    /** Days after approval within which a new manager must pass the required courses. */
    public int getTrainingWithinDays() {
        return trainingWithinDays;
    }

    /** Members an urban kanoon needs for a licence. */
    public int getMinMembersUrban() {
        return minMembersUrban;
    }

    /** Members a rural kanoon needs for a licence. */
    public int getMinMembersRural() {
        return minMembersRural;
    }

    /** The admin's note on this version; may be null. */
    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "GuidelineVersion{v" + versionNumber + " from " + effectiveFrom
                + ", age " + minAge + "-" + maxAge + ", " + minEducation
                + ", genderMustMatch=" + genderMustMatch + ", maxKanoons=" + maxKanoonsPerManager
                + ", courses=[" + requiredCourses + "] within " + trainingWithinDays + "d"
                + ", members " + minMembersUrban + "/" + minMembersRural + "}";
    }

    static String joinCourses(Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("blank course code in " + codes);
            }
            String c = code.strip();
            if (c.contains(COURSE_SEPARATOR)) {
                throw new IllegalArgumentException("course code contains '" + COURSE_SEPARATOR + "': " + c);
            }
            sorted.add(c);
        }
        String joined = String.join(COURSE_SEPARATOR, sorted);
        if (joined.length() > REQUIRED_COURSES_LENGTH) {
            throw new IllegalArgumentException("required courses are longer than " + REQUIRED_COURSES_LENGTH);
        }
        return joined;
    }

    static SortedSet<String> parseCourses(String column) {
        if (column == null || column.isBlank()) {
            return Collections.emptySortedSet();
        }
        return Collections.unmodifiableSortedSet(Arrays.stream(column.split(COURSE_SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds a {@link GuidelineVersion}; every field but the note and the courses is required. */
    public static final class Builder {
        private Integer versionNumber;
        private Instant effectiveFrom;
        private Integer minAge;
        private Integer maxAge;
        private Education minEducation;
        private Boolean genderMustMatch;
        private Integer maxKanoonsPerManager;
        private Collection<String> requiredCourses = Collections.emptySet();
        private Integer trainingWithinDays;
        private Integer minMembersUrban;
        private Integer minMembersRural;
        private String note;
        private String createdBy;
        private Instant createdAt;

        private Builder() {
        }

        public Builder versionNumber(int versionNumber) {
            this.versionNumber = versionNumber;
            return this;
        }

        public Builder effectiveFrom(Instant effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public Builder minAge(int minAge) {
            this.minAge = minAge;
            return this;
        }

        public Builder maxAge(int maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** Both age limits, inclusive. */
        public Builder ages(int minAge, int maxAge) {
            return minAge(minAge).maxAge(maxAge);
        }

        public Builder minEducation(Education minEducation) {
            this.minEducation = minEducation;
            return this;
        }

        public Builder genderMustMatch(boolean genderMustMatch) {
            this.genderMustMatch = genderMustMatch;
            return this;
        }

        public Builder maxKanoonsPerManager(int maxKanoonsPerManager) {
            this.maxKanoonsPerManager = maxKanoonsPerManager;
            return this;
        }

        /** Course codes (trimmed, no commas); null or empty for none. */
        public Builder requiredCourses(Collection<String> requiredCourses) {
            this.requiredCourses = requiredCourses == null ? Collections.emptySet() : requiredCourses;
            return this;
        }

        public Builder requiredCourses(String... requiredCourses) {
            return requiredCourses(Arrays.asList(requiredCourses));
        }

        public Builder trainingWithinDays(int trainingWithinDays) {
            this.trainingWithinDays = trainingWithinDays;
            return this;
        }

        public Builder minMembersUrban(int minMembersUrban) {
            this.minMembersUrban = minMembersUrban;
            return this;
        }

        public Builder minMembersRural(int minMembersRural) {
            this.minMembersRural = minMembersRural;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the rules contradict themselves (min age above max
         *                                  age, negative counts, …) or a text is too long
         */
        public GuidelineVersion build() {
            return new GuidelineVersion(this);
        }
    }
}
