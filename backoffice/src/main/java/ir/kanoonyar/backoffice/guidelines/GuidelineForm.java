package ir.kanoonyar.backoffice.guidelines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ir.kanoonyar.db.guideline.GuidelineVersion;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.ParseResult;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Education;

/**
 * The typed parameters of a new guideline version, as text (so a wrong value can be shown back as
 * typed). {@link #check} turns it into a builder or says what is wrong.
 */
public record GuidelineForm(String minAge, String maxAge, String minEducation, boolean genderMustMatch,
                            String maxKanoonsPerManager, String requiredCourses, String trainingWithinDays,
                            String minMembersUrban, String minMembersRural, String effectiveDate, String note) {

    /** What can be wrong in the form, with the key of its Persian message. */
    enum Problem {
        MIN_AGE("guideline.error.minAge"),
        MAX_AGE("guideline.error.maxAge"),
        AGE_ORDER("guideline.error.ageOrder"),
        EDUCATION("guideline.error.education"),
        MAX_KANOONS("guideline.error.maxKanoons"),
        COURSES("guideline.error.courses"),
        TRAINING_DAYS("guideline.error.trainingDays"),
        MEMBERS_URBAN("guideline.error.membersUrban"),
        MEMBERS_RURAL("guideline.error.membersRural"),
        DATE("guideline.error.date"),
        PAST_DATE("guideline.error.pastDate"),
        NOTE("guideline.error.note");

        final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    static final int MAX_NOTE = 1000;
    private static final int MAX_COURSES = 500;

    /** The form filled with a version's values, to start the next one from. */
    static GuidelineForm of(GuidelineVersion v, String date) {
        if (v == null) {
            return new GuidelineForm("", "", Education.DIPLOMA.name(), true, "1", "", "", "", "", date, "");
        }
        return new GuidelineForm(String.valueOf(v.getMinAge()), String.valueOf(v.getMaxAge()),
                v.getMinEducation().name(), v.isGenderMustMatch(), String.valueOf(v.getMaxKanoonsPerManager()),
                String.join(", ", v.getRequiredCourses()), String.valueOf(v.getTrainingWithinDays()),
                String.valueOf(v.getMinMembersUrban()), String.valueOf(v.getMinMembersRural()), date, "");
    }

    /** The outcome of checking: a builder with every rule set (but number and author), or the problems. */
    record Checked(GuidelineVersion.Builder builder, List<Problem> problems) {
    }

    /**
     * @param today the current Jalali date in Tehran: a version takes effect today or later, never
     *              in the past, so a request already judged keeps its rules
     */
    Checked check(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Integer min = number(minAge, 0, 150, Problem.MIN_AGE, problems);
        Integer max = number(maxAge, 0, 150, Problem.MAX_AGE, problems);
        if (min != null && max != null && min > max) {
            problems.add(Problem.AGE_ORDER);
        }
        Education education = Arrays.stream(Education.values()).filter(e -> e.name().equals(minEducation))
                .findFirst().orElse(null);
        if (education == null) {
            problems.add(Problem.EDUCATION);
        }
        Integer kanoons = number(maxKanoonsPerManager, 1, 1000, Problem.MAX_KANOONS, problems);
        List<String> courses = new ArrayList<>();
        String typedCourses = requiredCourses == null ? "" : requiredCourses.replace('،', ',');
        for (String code : courseCodes(typedCourses)) {
            if (!courses.contains(code)) {
                courses.add(code);
            }
        }
        if (String.join(",", courses).length() > MAX_COURSES) {
            problems.add(Problem.COURSES);
        }
        Integer days = number(trainingWithinDays, 0, 3650, Problem.TRAINING_DAYS, problems);
        Integer urban = number(minMembersUrban, 0, 100000, Problem.MEMBERS_URBAN, problems);
        Integer rural = number(minMembersRural, 0, 100000, Problem.MEMBERS_RURAL, problems);
        Instant from = null;
        ParseResult<JalaliDate> date = JalaliDate.parse(effectiveDate == null ? "" : effectiveDate);
        if (!date.isValid()) {
            problems.add(Problem.DATE);
        } else if (date.value().toLocalDate().isBefore(today)) {
            problems.add(Problem.PAST_DATE);
        } else {
            from = date.value().toLocalDate().atStartOfDay(JalaliDate.TEHRAN).toInstant();
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            problems.add(Problem.NOTE);
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(GuidelineVersion.builder()
                .ages(min, max)
                .minEducation(education)
                .genderMustMatch(genderMustMatch)
                .maxKanoonsPerManager(kanoons)
                .requiredCourses(courses)
                .trainingWithinDays(days)
                .minMembersUrban(urban)
                .minMembersRural(rural)
                .effectiveFrom(from)
                .note(note), List.of());
    }

    /**
     * Course codes as typed or ticked (the page sends ticked courses and the typed field under one
     * name, joined by commas): trimmed and in capitals, as courses are coded.
     */
    static List<String> courseCodes(String typed) {
        List<String> codes = new ArrayList<>();
        for (String c : (typed == null ? "" : typed.replace('،', ',')).split(",")) {
            String code = c.strip().toUpperCase(java.util.Locale.ROOT);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Integer number(String typed, int min, int max, Problem problem, List<Problem> problems) {
        String digits = PersianText.normalize(typed == null ? "" : typed).replace(" ", "");
        try {
            int value = Integer.parseInt(digits);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem);
        return null;
    }
}
