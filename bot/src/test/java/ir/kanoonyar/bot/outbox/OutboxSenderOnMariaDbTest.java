package ir.kanoonyar.bot.outbox;

import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox sender on the real MariaDB/MySQL server, as in production. */
class OutboxSenderOnMariaDbTest extends OutboxSenderContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }
}
