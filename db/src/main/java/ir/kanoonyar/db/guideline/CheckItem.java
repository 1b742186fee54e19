package ir.kanoonyar.db.guideline;

import java.util.Objects;

/**
 * One line of a {@link Checklist}.
 *
 * @param rule    the rule checked
 * @param outcome pass, fail or warn
 * @param reason  why, in Persian with Persian digits, for the applicant and the staff
 */
public record CheckItem(Rule rule, Outcome outcome, String reason) {

    public CheckItem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
