package ir.kanoonyar.db.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ir.kanoonyar.db.form.Forms;
import org.junit.jupiter.api.Test;

/** Every kind of service a manager can pick on the form opens a ticket of its own category. */
class TicketCategoryTest {

    @Test
    void eachServiceKindOfTheFormHasItsTicketCategory() {
        assertThat(Forms.SERVICE_KIND_CODES).extracting(TicketCategory::ofServiceKind).containsExactly(
                TicketCategory.EQUIPMENT, TicketCategory.FUNDING, TicketCategory.TRAINING, TicketCategory.CONSULTING,
                TicketCategory.EVENT_SUPPORT, TicketCategory.BOT_HELP, TicketCategory.OTHER);
        assertThat(TicketCategory.ofServiceKind("made_up")).isEqualTo(TicketCategory.OTHER);
        assertThat(TicketCategory.ofServiceKind(null)).isEqualTo(TicketCategory.OTHER);
    }
}
