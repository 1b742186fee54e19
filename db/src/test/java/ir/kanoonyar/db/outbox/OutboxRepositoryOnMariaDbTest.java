package ir.kanoonyar.db.outbox;

import ir.kanoonyar.testsupport.DbTestApplication;
import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox queries on the real MariaDB/MySQL server. */
@SpringBootTest(classes = DbTestApplication.class)
class OutboxRepositoryOnMariaDbTest extends OutboxRepositoryContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }

    @Override
    boolean limitsAfterSkipping() {
        return true;
    }
}
