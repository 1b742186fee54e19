package ir.kanoonyar.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of db integration tests on the real MariaDB/MySQL server. */
@SpringBootTest(classes = DbTestApplication.class)
public abstract class MariaDbTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.mariaDb(registry);
    }
}
