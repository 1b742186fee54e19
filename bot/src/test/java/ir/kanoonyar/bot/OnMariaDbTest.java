package ir.kanoonyar.bot;

import ir.kanoonyar.testsupport.ProductionShapeContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The bot in its production shape: a MySQL-protocol database, no demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnMariaDbTest extends ProductionShapeContract {
}
