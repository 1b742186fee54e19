package ir.kanoonyar.bot.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.kanoonyar.bot.BotApplication;
import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole bot app, started as in production (SpringApplication, real HTTP) against the test
 * MariaDB and a fake Bot API. Closing and starting it again is a restart: only the database remains.
 */
final class RunningBot implements AutoCloseable {

    private final FakeBotApi api;
    private final Map<String, Object> extra;
    private ConfigurableApplicationContext context;

    private RunningBot(FakeBotApi api, Map<String, Object> extra) {
        this.api = api;
        this.extra = extra;
    }

    static RunningBot start(FakeBotApi api) {
        return start(api, Map.of());
    }

    static RunningBot start(FakeBotApi api, Map<String, Object> extra) {
        cancelLeftoverMessages();
        RunningBot bot = new RunningBot(api, extra);
        bot.boot();
        return bot;
    }

    private void boot() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", TestDatabase.mariaDbUrl());
        properties.put("spring.datasource.username", TestDatabase.mariaDbUser());
        properties.put("spring.datasource.password", TestDatabase.mariaDbPassword());
        properties.put("KANOONYAR_TIMELINE_KEY", TestDatabase.TIMELINE_KEY);
        properties.put("KANOONYAR_TIMELINE_KEY_ID", TestDatabase.TIMELINE_KEY_ID);
        properties.put("kanoonyar.bot.telegram.token", api.token());
        properties.put("kanoonyar.bot.telegram.api-url", api.baseUrl());
        properties.put("kanoonyar.bot.mode", "polling");
        // Tests talk fast: let replies through at once rather than at Telegram's 1 msg/s per chat.
        properties.put("kanoonyar.outbox.rate-per-chat", "50");
        properties.put("kanoonyar.outbox.poll-interval", "100ms");
        properties.put("kanoonyar.inbox.poll-interval", "200ms");
        properties.putAll(extra);
        SpringApplication app = new SpringApplication(BotApplication.class);
        app.setDefaultProperties(properties);
        // Command-line style arguments win over the machine's environment (SPRING_DATASOURCE_URL…).
        context = app.run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /**
     * Messages an earlier test left unsent were meant for an earlier fake Bot API: a new bot would
     * send them to this one and spoil its counts.
     */
    private static void cancelLeftoverMessages() {
        try (Connection c = DriverManager.getConnection(TestDatabase.mariaDbUrl(), TestDatabase.mariaDbUser(),
                TestDatabase.mariaDbPassword());
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE outbox_message SET status = 'CANCELLED' WHERE status IN ('PENDING', 'SENDING')");
        } catch (SQLException e) {
            // A schema not migrated yet has no outbox: nothing to cancel.
        }
    }

    /** Stops the app as a crash or a deploy would, and starts a new one on the same database. */
    void restart() {
        context.close();
        boot();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
