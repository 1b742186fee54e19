package ir.kanoonyar.bot.outbox;

import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox sender on H2 in MySQL mode, the embedded default's database. */
class OutboxSenderOnH2Test extends OutboxSenderContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "outbox-sender");
    }
}
