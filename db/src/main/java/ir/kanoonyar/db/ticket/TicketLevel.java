package ir.kanoonyar.db.ticket;

/** Who answers a ticket: the county office of the person's region, or its province once passed up. */
public enum TicketLevel {
    COUNTY,
    PROVINCE
}
