package ir.kanoonyar.db.request;

import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SignedTimelineOnMariaDbTest extends SignedTimelineContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }
}
