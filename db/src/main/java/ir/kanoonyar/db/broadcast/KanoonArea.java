package ir.kanoonyar.db.broadcast;

/** Whether a kanoon's mosque is in a town or a village (mosque.rural). */
public enum KanoonArea {
    URBAN,
    RURAL
}
