package ir.kanoonyar.db.request;

import ir.kanoonyar.testsupport.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SignedTimelineOnH2Test extends SignedTimelineContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(registry, "signed-timeline");
    }
}
