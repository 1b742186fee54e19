package ir.kanoonyar.db.request;

import java.util.Objects;

/** Who acted: a staff username, "person:<id>" for people in the bot, or "system". */
public record Actor(String name, ActorRole role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static Actor person(Long personId, ActorRole role) {
        return new Actor("person:" + personId, role);
    }

    public static Actor system() {
        return new Actor("system", ActorRole.SYSTEM);
    }
}
