package ir.kanoonyar.db.member;

import java.util.Objects;

/** A typed refusal and its Persian wording, ready to show. */
public record Refusal(MemberRefusal kind, String text) {

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
