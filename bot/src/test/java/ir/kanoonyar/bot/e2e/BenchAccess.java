package ir.kanoonyar.bot.e2e;

import java.util.Map;

import ir.kanoonyar.bot.fakeapi.FakeBotApi;

/** Lets the benchmark start the same bot the end-to-end tests run. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static AutoCloseable startBot(FakeBotApi api, Map<String, Object> properties) {
        return RunningBot.start(api, properties);
    }
}
