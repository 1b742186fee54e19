package ir.kanoonyar.db.ticket;

/** What a ticket is about: the kinds of service a kanoon asks for, help with the bot, or anything else. */
public enum TicketCategory {
    EQUIPMENT,
    FUNDING,
    TRAINING,
    CONSULTING,
    EVENT_SUPPORT,
    BOT_HELP,
    OTHER;

    /** The category of a service request's kind ({@code Forms.SERVICE_KIND_CODES}); an unknown kind is OTHER. */
    public static TicketCategory ofServiceKind(String code) {
        if (code != null) {
            for (TicketCategory category : values()) {
                if (category.name().equalsIgnoreCase(code)) {
                    return category;
                }
            }
        }
        return OTHER;
    }
}
