package ir.kanoonyar.bot.e2e;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.testsupport.RandomPeople;

/** A person talking to the bot through the fake Bot API, waiting for each answer as a phone would. */
final class Chat {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakeBotApi api;
    final long userId;

    Chat(FakeBotApi api, long userId) {
        this.api = api;
        this.userId = userId;
    }

    /** A user id no earlier run has used, so old sessions in the test database never interfere. */
    static Chat newPerson(FakeBotApi api) {
        return new Chat(api, 100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L));
    }

    SentMessage command(String command, String expect) {
        return expectReply(api.sendCommand(userId, command, null), expect);
    }

    SentMessage command(String command, String payload, String expect) {
        return expectReply(api.sendCommand(userId, command, payload), expect);
    }

    SentMessage says(String text, String expect) {
        return expectReply(api.sendText(userId, text), expect);
    }

    SentMessage press(SentMessage message, String buttonText, String expect) {
        return expectReply(api.pressButton(userId, message, buttonText), expect);
    }

    SentMessage sharesOwnContact(String phone, String expect) {
        return expectReply(api.shareContact(userId, phone, userId), expect);
    }

    SentMessage sharesContactOf(long otherUser, String phone, String expect) {
        return expectReply(api.shareContact(userId, phone, otherUser), expect);
    }

    SentMessage sendsSticker(String expect) {
        return expectReply(api.sendSticker(userId), expect);
    }

    SentMessage expectReply(int updateId, String expect) {
        return api.awaitReplyTo(updateId, textContains(expect), PATIENCE);
    }

    SentMessage awaitMessage(String expect) {
        return api.awaitMessageTo(userId, textContains(expect), PATIENCE);
    }

    static Predicate<SentMessage> textContains(String part) {
        return m -> m.text() != null && m.text().contains(part);
    }

    /** A valid national code nobody in the test database has yet (random, with its check digit). */
    static String newNationalCode() {
        return RandomPeople.nationalCode();
    }

    /** The same digits in Persian, as people type them on a Persian keyboard. */
    static String persianDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
