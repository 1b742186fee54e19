package ir.kanoonyar.db.deputy;

/** Why a nomination, an answer or a removal is refused; the bot says each in Persian. */
public enum DeputyRefusal {
    /** The presser does not manage this kanoon (or it is not active, or the id is forged). */
    NOT_YOUR_KANOON,
    /** Neither a valid national code nor a mobile number. */
    NOT_A_CODE_OR_PHONE,
    /** Nobody registered (a finished manager registration) has that national code or mobile. */
    UNREGISTERED,
    /** The person named is the manager. */
    IS_THE_MANAGER,
    /** The person is as old as the setting or older. */
    TOO_OLD,
    /** The person manages a kanoon. */
    ALREADY_MANAGING,
    /** The person is the deputy of a kanoon, or invited to be one. */
    ALREADY_DEPUTY,
    /** The kanoon has a deputy or a nomination waiting for an answer. */
    KANOON_HAS_DEPUTY,
    /** Nothing to remove. */
    NO_DEPUTY,
    /** Nothing to answer: no nomination waits for this person. */
    NO_INVITATION
}
