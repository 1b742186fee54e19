package ir.kanoonyar.bot.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Rung when rows were committed to the outbox, so the sender starts its next turn now rather than
 * after its poll interval. Those who write rows depend on the bell, the sender listens to it: neither
 * needs the other, which keeps the inbox and the sender out of each other's construction.
 */
@Component
public class OutboxDoorbell {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void onRing(Runnable listener) {
        listeners.add(listener);
    }

    public void ring() {
        listeners.forEach(Runnable::run);
    }
}
