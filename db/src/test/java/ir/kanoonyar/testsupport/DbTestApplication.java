package ir.kanoonyar.testsupport;

import ir.kanoonyar.db.DatabaseConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The db module has no application of its own; its integration tests boot this one. Test support
 * lives outside ir.kanoonyar.db so that the apps' scan of the domain never picks it up.
 */
@SpringBootApplication
@Import({DatabaseConfiguration.class, CleanSchemaFirst.class})
public class DbTestApplication {
}
