package ir.kanoonyar.bot.outbox;

import ir.kanoonyar.bot.fakeapi.FakeBotApi;
import ir.kanoonyar.db.outbox.OutboxMessageRepository;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.testsupport.CleanSchemaFirst;
import ir.kanoonyar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Real outbox senders on MariaDB against a fake Bot API the test starts: each test begins and ends
 * with an empty outbox and a fresh fake. Subclasses declare their own {@code @SpringBootTest}.
 */
@Import(CleanSchemaFirst.class)
abstract class LiveOutboxOnMariaDb {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Autowired
    OutboxMessageRepository rows;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    FakeBotApi api;
    LiveOutbox live;

    @BeforeEach
    void startFakeApi() {
        jdbc.update("DELETE FROM outbox_message");
        api = new FakeBotApi().start();
        live = new LiveOutbox(rows, chats, transactions, jdbc);
    }

    /** Runs after the subclass's own clean-up (which stops its senders first). */
    @AfterEach
    void stopFakeApi() {
        api.close();
        jdbc.update("DELETE FROM outbox_message");
    }
}
