package ir.kanoonyar.db.activity;

/** Who an activity was for; Persian names under {@code activity.audience.CODE}. */
public enum ActivityAudience {
    CHILDREN,
    TEENS,
    YOUTH,
    ADULTS,
    FAMILIES
}
