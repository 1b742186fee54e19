package ir.kanoonyar.db.guideline;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking an applicant against a guideline: one item per rule that applies, in the
 * order of {@link Rule}. Rules that do not apply (gender with no kanoon or when the guideline does
 * not ask for it, members when not known) are not listed.
 */
public record Checklist(List<CheckItem> items) implements Iterable<CheckItem> {

    public Checklist {
        items = List.copyOf(items);
    }

    /** True when no item failed; warnings do not block. */
    public boolean passed() {
        return items.stream().noneMatch(i -> i.outcome() == Outcome.FAIL);
    }

    /** The failed items, in order. */
    public List<CheckItem> failures() {
        return withOutcome(Outcome.FAIL);
    }

    /** The warnings, in order. */
    public List<CheckItem> warnings() {
        return withOutcome(Outcome.WARN);
    }

    /** The item of the given rule, empty when the rule did not apply. */
    public Optional<CheckItem> item(Rule rule) {
        return items.stream().filter(i -> i.rule() == rule).findFirst();
    }

    @Override
    public Iterator<CheckItem> iterator() {
        return items.iterator();
    }

    private List<CheckItem> withOutcome(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }
}
