package ir.kanoonyar.db.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A consultation as its participants read it: the question, the shared excerpt and the thread, with
 * people by name and province. Nothing else of the case is in it.
 */
public record ConsultationThread(Consultation consultation, Participant asker, List<Participant> experts, List<Post> posts) {

    /** A staff member by name and where they work. */
    public record Participant(long accountId, String name, String provinceName) {
    }

    /** A post of the thread. */
    public record Post(Participant author, String body, Instant at, boolean byAsker) {
    }

    public long id() {
        return consultation.getId();
    }

    /** How many posts the experts wrote. */
    public long answers() {
        return posts.stream().filter(p -> !p.byAsker()).count();
    }
}
