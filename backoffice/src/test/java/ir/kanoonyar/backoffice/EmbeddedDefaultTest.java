package ir.kanoonyar.backoffice;

import ir.kanoonyar.testsupport.EmbeddedDefaultContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The back-office as the README's run command starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest extends EmbeddedDefaultContract {
}
