package ir.kanoonyar.db.form;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.request.RequestType;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A service request's kanoon reads as the kanoon's name in its summary, for the manager and the staff. */
class KanoonDisplayTest {

    private final KanoonRepository kanoons = mock(KanoonRepository.class);
    private final FormMessages messages = new FormMessages(TestRegions.lookup(), kanoons);
    private final FormDefinition service = new Forms().of(RequestType.SERVICE_REQUEST);

    @Test
    void aKanoonIsShownByItsName() {
        Kanoon kanoon = new Kanoon("کانون فرهنگی هنری شهید همت", 5L, 1L, 1L, KanoonAudience.values()[0], 3L,
                LocalDate.of(2020, 1, 1), Instant.EPOCH);
        when(kanoons.findById(2L)).thenReturn(Optional.of(kanoon));

        assertThat(messages.display(service.field(FieldKeys.KANOON), "2")).isEqualTo("کانون فرهنگی هنری شهید همت");
        assertThat(messages.summary(service, Map.of(FieldKeys.KANOON, "2")))
                .anySatisfy(line -> assertThat(line.value()).isEqualTo("کانون فرهنگی هنری شهید همت"))
                .noneSatisfy(line -> assertThat(line.value()).contains("شمارهٔ"));
    }

    @Test
    void aKanoonNoLongerThereFallsBackToItsNumber() {
        when(kanoons.findById(7L)).thenReturn(Optional.empty());

        assertThat(messages.display(service.field(FieldKeys.KANOON), "7")).isEqualTo("کانون شمارهٔ ۷");
        assertThat(messages.display(service.field(FieldKeys.KANOON), "x")).isEqualTo("کانون شمارهٔ x");
    }
}
