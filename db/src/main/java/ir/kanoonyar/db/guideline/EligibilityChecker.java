package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.kanoon.KanoonAudience;

import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks an applicant against a guideline version. Every limit comes from the guideline, so the
 * same person may pass one version and fail another. Each item has a Persian reason (with Persian
 * digits) from {@code i18n/eligibility.properties}.
 * <p>
 * The rules, in checklist order:
 * <ul>
 * <li>AGE: whole years ({@link Period}) on the evaluation date, so the birthday itself counts, between
 * min and max age inclusive; no birth date fails and asks for it.</li>
 * <li>EDUCATION: at least the minimum education.</li>
 * <li>GENDER: only listed when the guideline asks the genders to match and a kanoon audience is
 * given; the applicant's gender must be the audience's.</li>
 * <li>ONE_KANOON: the kanoons the applicant manages now must be fewer than the maximum.</li>
 * <li>TRAINING: no required course, or all passed: pass; some not passed: a warning that they must
 * be passed within N days of approval (it does not block).</li>
 * <li>MEMBERS: only listed when the members are given; below the urban or rural minimum fails.
 * When urban or rural is not known the urban minimum is used: enough members gives a warning,
 * too few a failure that names both minimums.</li>
 * </ul>
 * Stateless and thread-safe.
 */
@Component
public class EligibilityChecker {

    /** Base name of the message bundle: {@code i18n/eligibility.properties}. */
    public static final String BUNDLE = "i18n.eligibility";

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final ResourceBundle bundle;
    private final boolean forStaff;

    public EligibilityChecker() {
        this(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, EligibilityChecker.class.getClassLoader()));
    }

    /** With another bundle: for tests. */
    EligibilityChecker(ResourceBundle bundle) {
        this(bundle, false);
    }

    private EligibilityChecker(ResourceBundle bundle, boolean forStaff) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.forStaff = forStaff;
    }

    /**
     * The same checks with the reasons worded for staff reading a request («سن متقاضی …»), where this
     * checker's speak to the applicant in the bot («سن شما …»).
     */
    public EligibilityChecker forStaff() {
        return new EligibilityChecker(bundle, true);
    }

    /** Checks the applicant against the guideline; one item per rule that applies. */
    public Checklist check(GuidelineVersion g, ApplicantFacts f) {
        Objects.requireNonNull(g, "guideline");
        Objects.requireNonNull(f, "facts");
        List<CheckItem> items = new ArrayList<>(Rule.values().length);
        items.add(age(g, f));
        items.add(education(g, f));
        if (g.isGenderMustMatch() && f.audience() != null) {
            items.add(gender(f));
        }
        items.add(kanoons(g, f));
        items.add(training(g, f));
        if (f.members() != null) {
            items.add(members(g, f));
        }
        return new Checklist(items);
    }

    /** The guideline's required courses the applicant has not passed, sorted. */
    public SortedSet<String> missingCourses(GuidelineVersion g, ApplicantFacts f) {
        SortedSet<String> missing = new TreeSet<>(g.getRequiredCourses());
        missing.removeAll(f.passedCourses());
        return missing;
    }

    /** Whole years from the birth date to the evaluation date; the birthday itself counts. */
    static int ageOn(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    private CheckItem age(GuidelineVersion g, ApplicantFacts f) {
        if (f.birthDate() == null) {
            return item(EligibilityMessage.AGE_FAIL_NO_BIRTH_DATE);
        }
        int age = ageOn(f.birthDate(), f.evaluationDate());
        boolean ok = age >= g.getMinAge() && age <= g.getMaxAge();
        return item(ok ? EligibilityMessage.AGE_PASS : EligibilityMessage.AGE_FAIL,
                digits(age), digits(g.getMinAge()), digits(g.getMaxAge()));
    }

    private CheckItem education(GuidelineVersion g, ApplicantFacts f) {
        boolean ok = f.education().isAtLeast(g.getMinEducation());
        return item(ok ? EligibilityMessage.EDUCATION_PASS : EligibilityMessage.EDUCATION_FAIL,
                text(EligibilityMessage.label(f.education())), text(EligibilityMessage.label(g.getMinEducation())));
    }

    private CheckItem gender(ApplicantFacts f) {
        KanoonAudience audience = f.audience();
        String audienceName = text(EligibilityMessage.label(audience));
        String needed = text(EligibilityMessage.label(audience.gender()));
        if (audience.accepts(f.gender())) {
            return item(EligibilityMessage.GENDER_PASS, audienceName, needed);
        }
        return item(EligibilityMessage.GENDER_FAIL, audienceName, needed, text(EligibilityMessage.label(f.gender())));
    }

    private CheckItem kanoons(GuidelineVersion g, ApplicantFacts f) {
        boolean ok = f.kanoonsManaged() < g.getMaxKanoonsPerManager();
        return item(ok ? EligibilityMessage.ONE_KANOON_PASS : EligibilityMessage.ONE_KANOON_FAIL,
                digits(f.kanoonsManaged()), digits(g.getMaxKanoonsPerManager()));
    }

    private CheckItem training(GuidelineVersion g, ApplicantFacts f) {
        Set<String> required = g.getRequiredCourses();
        if (required.isEmpty()) {
            return item(EligibilityMessage.TRAINING_PASS_NONE_REQUIRED);
        }
        int missing = missingCourses(g, f).size();
        if (missing == 0) {
            return item(EligibilityMessage.TRAINING_PASS, digits(required.size()));
        }
        return item(EligibilityMessage.TRAINING_WARN,
                digits(missing), digits(required.size()), digits(g.getTrainingWithinDays()));
    }

    private CheckItem members(GuidelineVersion g, ApplicantFacts f) {
        int members = f.members();
        if (f.rural() == null) {
            boolean ok = members >= g.getMinMembersUrban();
            return item(ok ? EligibilityMessage.MEMBERS_WARN_AREA_UNKNOWN : EligibilityMessage.MEMBERS_FAIL_AREA_UNKNOWN,
                    digits(members), digits(g.getMinMembersUrban()), digits(g.getMinMembersRural()));
        }
        boolean rural = f.rural();
        int min = rural ? g.getMinMembersRural() : g.getMinMembersUrban();
        return item(members >= min ? EligibilityMessage.MEMBERS_PASS : EligibilityMessage.MEMBERS_FAIL,
                digits(members), digits(min), text(EligibilityMessage.areaLabel(rural)));
    }

    /** Arguments are already text (numbers in Persian digits), so MessageFormat formats nothing. */
    private CheckItem item(EligibilityMessage message, String... arguments) {
        if (arguments.length != message.arguments()) {
            throw new IllegalStateException(message + " takes " + message.arguments() + " arguments, not " + arguments.length);
        }
        String reason = new MessageFormat(text(forStaff ? message.staffKey() : message.key()), PERSIAN).format(arguments);
        return new CheckItem(message.rule(), message.outcome(), reason);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    /** The number in Persian digits (۰–۹), no grouping: 1403 → ۱۴۰۳. */
    static String digits(long number) {
        String ascii = Long.toString(number);
        StringBuilder persian = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            persian.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return persian.toString();
    }
}
