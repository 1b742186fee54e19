package ir.kanoonyar.bot.e2e;

import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A fake Bot API and the bot polling it, shared by the tests of one class. */
abstract class EndToEnd {

    static FakeBotApi api;
    static RunningBot bot;

    @BeforeAll
    static void startBotAndFakeApi() {
        api = new FakeBotApi().freshUpdateIds().start();
        bot = RunningBot.start(api);
    }

    @AfterAll
    static void stopBotAndFakeApi() {
        if (bot != null) {
            bot.close();
        }
        if (api != null) {
            api.close();
        }
    }
}
