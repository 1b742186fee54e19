package ir.kanoonyar.bot;

import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bot in its production shape: a MySQL-protocol database, no demo data. Its inbox and outbox
 * loops stay off: this context lives on in the test JVM beside the end-to-end bots, and must not
 * answer their updates with no messenger token of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kanoonyar.inbox.enabled=false", "kanoonyar.outbox.enabled=false"})
class OnMariaDbTest extends ProductionShapeContract {
}
