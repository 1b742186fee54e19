package ir.kanoonyar.db.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds the form definitions to the database: the longest answer a free-text field takes fits every
 * column the answer lands in, as the migrated schema really has them. A field widened without its
 * column (or a column narrowed) fails here, not on a person's confirmed form.
 */
class AnswerColumnsOnMariaDbTest extends MariaDbTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFreeTextAnswerFitsTheColumnsItLandsIn() {
        List<String> checked = new ArrayList<>();
        for (FormDefinition form : new Forms().all()) {
            for (FieldDefinition field : form.fields()) {
                if (field.maxLength() == null) {
                    continue;
                }
                for (String column : AnswerColumns.of(field.key())) {
                    assertThat(field.maxLength())
                            .as("%s.%s (longest %d) into %s", form.type(), field.key(), field.maxLength(), column)
                            .isLessThanOrEqualTo(width(column));
                    checked.add(field.key() + " -> " + column);
                }
            }
        }
        assertThat(checked).contains("address -> person.address", "mosque_address -> mosque.address",
                "first_name -> person.first_name", "proposed_name -> kanoon.name", "reason -> request_answer.value_text");
    }

    @Test
    void everyCopiedFieldIsAFreeTextFieldOfSomeForm() {
        for (String key : AnswerColumns.copiedFields()) {
            assertThat(new Forms().all().stream().flatMap(f -> f.fields().stream())
                    .filter(f -> f.key().equals(key)).anyMatch(f -> f.maxLength() != null))
                    .as(key).isTrue();
        }
    }

    /** The width in characters of a text column of the migrated schema. */
    private int width(String tableDotColumn) {
        String[] parts = tableDotColumn.split("\\.");
        Long width = jdbc.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?", Long.class, parts[0], parts[1]);
        assertThat(width).as(tableDotColumn).isNotNull();
        return (int) Math.min(Integer.MAX_VALUE, width);
    }
}
