package ir.kanoonyar.bot.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chat simulator's settings (KANOONYAR_SIMULATOR_…). It is off unless {@code enabled}: the page
 * lets anyone speak as any user id and claim any number as their own, so it belongs to the embedded
 * default only, never to a deployment. What it keeps lives in memory, so it is bounded: the last
 * {@code maxMessagesPerChat} entries of at most {@code maxChats} chats (the least recently active
 * chat goes first), and at most {@code maxFileBytes} of uploaded files and, separately, of files the
 * bot sent (the oldest go first).
 */
@ConfigurationProperties("kanoonyar.simulator")
public record SimulatorSettings(boolean enabled, Integer maxChats, Integer maxMessagesPerChat, Long maxFileBytes) {

    public static final String ENABLED = "kanoonyar.simulator.enabled";

    public SimulatorSettings {
        maxChats = positive(maxChats, 200, "max-chats");
        maxMessagesPerChat = positive(maxMessagesPerChat, 200, "max-messages-per-chat");
        maxFileBytes = maxFileBytes == null ? 64L * 1024 * 1024 : maxFileBytes;
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("kanoonyar.simulator.max-file-bytes must be positive");
        }
    }

    /** The defaults, for a simulator built by hand (tests). */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(true, null, null, null);
    }

    private static int positive(Integer value, int otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("kanoonyar.simulator." + name + " must be positive");
        }
        return value;
    }
}
