package ir.kanoonyar.bot;

import ir.kanoonyar.testsupport.EmbeddedDefaultContract;
import org.springframework.boot.test.context.SpringBootTest;

/** The bot as the README's run command starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest extends EmbeddedDefaultContract {
}
