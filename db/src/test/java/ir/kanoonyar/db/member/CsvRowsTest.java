package ir.kanoonyar.db.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV reader alone: separators, quotes, line breaks inside quotes, blank rows, the row limit, UTF-8 only. */
class CsvRowsTest {

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() throws Exception {
        List<SheetRow> rows = CsvRows.read("a;b\r\n\"x;1\";\"say \"\"hi\"\"\nthere\"\n\n;\nz;w", 10);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 6);
        assertThat(rows.get(1).cells()).containsExactly("x;1", "say \"hi\"\nthere");
        assertThat(rows.get(2).cells()).containsExactly("z", "w");
    }

    @Test
    void theSeparatorIsWhatTheFirstLineHasMoreOf() {
        assertThat(CsvRows.separator("نام,نام خانوادگی;x,y")).isEqualTo(',');
        assertThat(CsvRows.separator("\"a,b\";c;d\ne,f,g,h")).isEqualTo(';');
    }

    @Test
    void oneRowMoreThanTheLimitRefusesTheFile() {
        assertThatThrownBy(() -> CsvRows.read("h\n1\n2\n3\n", 3)).isInstanceOf(SheetRefused.class);
    }

    @Test
    void onlyUtf8TextIsCsvWithOrWithoutItsMark() {
        assertThat(CsvRows.text("\uFEFFنام".getBytes(StandardCharsets.UTF_8))).isEqualTo("نام");
        assertThat(CsvRows.text("نام".getBytes(StandardCharsets.UTF_8))).isEqualTo("نام");
        assertThat(CsvRows.text(new byte[] {(byte) 0xC3, 0x28})).isNull();
        assertThat(CsvRows.text(new byte[] {'a', 0, 'b'})).isNull();
    }
}
