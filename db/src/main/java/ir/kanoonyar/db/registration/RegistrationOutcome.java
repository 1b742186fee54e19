package ir.kanoonyar.db.registration;

import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.request.Request;

/** What became of a manager registration. A refusal comes before anything is written. */
public sealed interface RegistrationOutcome {

    /** The person, registered (made now when new to the bot), and their submitted registration request. */
    record Registered(Person person, Request request) implements RegistrationOutcome {
    }

    /** Refused; {@code fieldKey} is the answer to fix. */
    record Refused(RegistrationRefusal reason, String fieldKey) implements RegistrationOutcome {
    }
}
