package ir.kanoonyar.db.testsupport;

import ir.kanoonyar.db.DatabaseConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The db module has no application of its own; its integration tests boot this one. */
@SpringBootApplication
@Import({DatabaseConfiguration.class, CleanSchemaFirst.class})
public class DbTestApplication {
}
