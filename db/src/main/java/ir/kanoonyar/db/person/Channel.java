package ir.kanoonyar.db.person;

/** The messengers a person reaches the bot through; the simulator is the local test chat page. */
public enum Channel {
    TELEGRAM,
    BALE,
    SIMULATOR
}
