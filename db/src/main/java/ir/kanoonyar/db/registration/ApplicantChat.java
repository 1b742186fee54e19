package ir.kanoonyar.db.registration;

import ir.kanoonyar.db.person.Channel;

/** The chat a registration comes from: a person new to the bot is linked to it as they register. */
public record ApplicantChat(Channel channel, long chatId) {
}
