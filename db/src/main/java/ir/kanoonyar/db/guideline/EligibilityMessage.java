package ir.kanoonyar.db.guideline;

import ir.kanoonyar.db.person.Gender;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.kanoon.KanoonAudience;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every reason the checker can give, with its key in {@code i18n/eligibility.properties} and the
 * number of MessageFormat arguments it is given. The key is {@code eligibility.<RULE>.<OUTCOME>}, or
 * {@code eligibility.<RULE>.<OUTCOME>.<CASE>} when one outcome has several reasons. The checker
 * makes items only from these constants, so the rule and outcome of an item always match its key.
 * <p>
 * The bundle also holds the Persian names the reasons use ({@link #labelKeys()}).
 */
enum EligibilityMessage {
    /** {0} age, {1} min age, {2} max age. */
    AGE_PASS(Rule.AGE, Outcome.PASS, null, 3),
    /** {0} age, {1} min age, {2} max age. */
    AGE_FAIL(Rule.AGE, Outcome.FAIL, null, 3),
    /** No birth date yet. */
    AGE_FAIL_NO_BIRTH_DATE(Rule.AGE, Outcome.FAIL, "NO_BIRTH_DATE", 0),

    /** {0} applicant's education, {1} minimum education. */
    EDUCATION_PASS(Rule.EDUCATION, Outcome.PASS, null, 2),
    /** {0} applicant's education, {1} minimum education. */
    EDUCATION_FAIL(Rule.EDUCATION, Outcome.FAIL, null, 2),

    /** {0} audience, {1} gender the kanoon needs. */
    GENDER_PASS(Rule.GENDER, Outcome.PASS, null, 2),
    /** {0} audience, {1} gender the kanoon needs, {2} applicant's gender. */
    GENDER_FAIL(Rule.GENDER, Outcome.FAIL, null, 3),

    /** {0} kanoons managed now, {1} maximum per manager. */
    ONE_KANOON_PASS(Rule.ONE_KANOON, Outcome.PASS, null, 2),
    /** {0} kanoons managed now, {1} maximum per manager. */
    ONE_KANOON_FAIL(Rule.ONE_KANOON, Outcome.FAIL, null, 2),

    /** {0} number of required courses, all passed. */
    TRAINING_PASS(Rule.TRAINING, Outcome.PASS, null, 1),
    /** The guideline requires no course. */
    TRAINING_PASS_NONE_REQUIRED(Rule.TRAINING, Outcome.PASS, "NONE_REQUIRED", 0),
    /** {0} courses not yet passed, {1} required courses, {2} days after approval. */
    TRAINING_WARN(Rule.TRAINING, Outcome.WARN, null, 3),

    /** {0} members, {1} minimum, {2} area (urban or rural). */
    MEMBERS_PASS(Rule.MEMBERS, Outcome.PASS, null, 3),
    /** {0} members, {1} minimum, {2} area (urban or rural). */
    MEMBERS_FAIL(Rule.MEMBERS, Outcome.FAIL, null, 3),
    /** Area unknown, enough for the urban minimum: {0} members, {1} urban minimum, {2} rural minimum. */
    MEMBERS_WARN_AREA_UNKNOWN(Rule.MEMBERS, Outcome.WARN, "AREA_UNKNOWN", 3),
    /** Area unknown, below the urban minimum: {0} members, {1} urban minimum, {2} rural minimum. */
    MEMBERS_FAIL_AREA_UNKNOWN(Rule.MEMBERS, Outcome.FAIL, "AREA_UNKNOWN", 3);

    static final String PREFIX = "eligibility.";
    static final String AREA_URBAN = PREFIX + "area.URBAN";
    static final String AREA_RURAL = PREFIX + "area.RURAL";

    private final Rule rule;
    private final Outcome outcome;
    private final String key;
    private final int arguments;

    EligibilityMessage(Rule rule, Outcome outcome, String detail, int arguments) {
        this.rule = rule;
        this.outcome = outcome;
        this.key = PREFIX + rule.name() + "." + outcome.name() + (detail == null ? "" : "." + detail);
        this.arguments = arguments;
    }

    Rule rule() {
        return rule;
    }

    Outcome outcome() {
        return outcome;
    }

    String key() {
        return key;
    }

    /** The same reason worded for staff, about «متقاضی» rather than «شما»: {@code staff.<key>}. */
    String staffKey() {
        return "staff." + key;
    }

    /** How many arguments the checker passes: the message may use {0} to {arguments - 1}. */
    int arguments() {
        return arguments;
    }

    static String label(Education education) {
        return PREFIX + "education." + education.name();
    }

    static String label(Gender gender) {
        return PREFIX + "gender." + gender.name();
    }

    static String label(KanoonAudience audience) {
        return PREFIX + "audience." + audience.name();
    }

    static String areaLabel(boolean rural) {
        return rural ? AREA_RURAL : AREA_URBAN;
    }

    /** The keys of the Persian names the reasons use. */
    static Set<String> labelKeys() {
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(Education.values()).map(EligibilityMessage::label).forEach(keys::add);
        Arrays.stream(Gender.values()).map(EligibilityMessage::label).forEach(keys::add);
        Arrays.stream(KanoonAudience.values()).map(EligibilityMessage::label).forEach(keys::add);
        keys.add(AREA_URBAN);
        keys.add(AREA_RURAL);
        return keys;
    }

    /** Every key the checker may look up: reasons and names. */
    static Set<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(values()).map(EligibilityMessage::key).forEach(keys::add);
        Stream.of(values()).map(EligibilityMessage::staffKey).forEach(keys::add);
        keys.addAll(labelKeys());
        return keys;
    }
}
