package ir.kanoonyar.db.outbox;

import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox queries on H2 in MySQL mode, the embedded default's database. */
@SpringBootTest(classes = DbTestApplication.class)
class OutboxRepositoryOnH2Test extends OutboxRepositoryContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "outbox");
    }

    @Override
    boolean limitsAfterSkipping() {
        return false;
    }
}
