package ir.kanoonyar.db.deputy;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.person.Person;

/** What a nomination, an answer or a removal did: the deputy's row with its kanoon and person, or a refusal. */
public sealed interface DeputyOutcome {

    record Done(Deputy deputy, Kanoon kanoon, Person person) implements DeputyOutcome {
    }

    /** {@code maxAge} for the "too old" answer; the others ignore it. */
    record Refused(DeputyRefusal refusal, int maxAge) implements DeputyOutcome {
    }
}
