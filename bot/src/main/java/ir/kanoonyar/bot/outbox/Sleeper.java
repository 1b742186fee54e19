package ir.kanoonyar.bot.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the sender waits for its rate limit: the thread sleeps; tests move their clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = wait -> TimeUnit.NANOSECONDS.sleep(wait.toNanos());

    void sleep(Duration wait) throws InterruptedException;
}
