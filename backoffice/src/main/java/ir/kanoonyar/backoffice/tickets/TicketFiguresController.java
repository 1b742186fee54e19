package ir.kanoonyar.backoffice.tickets;

import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.requests.PersianNumbers;
import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** «آمار تیکت‌ها»: the figures of the staff member's region as tables, and the same as .xlsx. */
@Controller
class TicketFiguresController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CurrentStaff current;
    private final TicketFigures figures;
    private final PersianNumbers persian;
    private final MessageSource messages;

    TicketFiguresController(CurrentStaff current, TicketFigures figures, PersianNumbers persian,
                            MessageSource messages) {
        this.current = current;
        this.figures = figures;
        this.persian = persian;
        this.messages = messages;
    }

    @GetMapping("/tickets/figures")
    String page(Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("figures", figures.of(scope, c -> text("tickets.category." + c.name())));
        return "tickets/figures";
    }

    @GetMapping("/tickets/figures.xlsx")
    ResponseEntity<byte[]> export() {
        StaffScope scope = current.get();
        TicketFigures.Figures f = figures.of(scope, c -> text("tickets.category." + c.name()));
        List<String> headings = List.of(text("tickets.figures.col.label"), text("tickets.figures.col.tickets"),
                text("tickets.figures.col.open"), text("tickets.figures.col.firstMedian"),
                text("tickets.figures.col.firstP90"), text("tickets.figures.col.resolvedMedian"),
                text("tickets.figures.col.resolvedP90"), text("tickets.figures.col.rated"),
                text("tickets.figures.col.rating"));
        byte[] body = TicketFiguresWorkbook.write(f, new TicketFiguresWorkbook.Labels(
                text("tickets.figures.byCategory"), text("tickets.figures.byRegion"), headings,
                v -> v == null ? "—" : persian.digits(v)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tickets.xlsx").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
