package ir.kanoonyar.backoffice.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void rowsAreEscapedAndCarryTheChartedNumber() {
        Table table = new Table("kanoons", "کانون‌ها", List.of("نام", "امتیاز"), List.of(
                List.of(Table.Cell.text("کانون <script>alert(1)</script> & \"نور\""), Table.Cell.whole(12)),
                List.of(Table.Cell.text("کانون مهر"), Table.Cell.of(null, false))), null, List.of());

        assertThat(table.rowsHtml()).isEqualTo("<tr><td>کانون &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                + "&quot;نور&quot;</td><td data-v=\"12.0\">۱۲</td></tr>\n"
                + "<tr><td>کانون مهر</td><td>" + Numbers.of(null, false) + "</td></tr>\n");
    }
}
