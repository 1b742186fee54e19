package ir.kanoonyar.db.ticket;

/** What a ticket is about: the kinds of service a kanoon asks for, help with the bot, or anything else. */
public enum TicketCategory {
    EQUIPMENT,
    FUNDING,
    TRAINING,
    CONSULTING,
    EVENT_SUPPORT,
    BOT_HELP,
    OTHER
}
