package ir.kanoonyar.backoffice.training;

import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A course's figures for staff, within their region, as a page and as an .xlsx file. */
@Controller
class CourseFiguresController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CurrentStaff current;
    private final CourseFigures figures;
    private final MessageSource messages;

    CourseFiguresController(CurrentStaff current, CourseFigures figures, MessageSource messages) {
        this.current = current;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/training/{id}/figures")
    String page(@PathVariable long id, Model model) {
        StaffScope scope = current.get();
        model.addAttribute("staff", scope);
        model.addAttribute("figures", figures.of(scope, id));
        return "training/figures";
    }

    @GetMapping("/training/{id}/figures.xlsx")
    ResponseEntity<byte[]> spreadsheet(@PathVariable long id) {
        CourseFigures.Figures of = figures.of(current.get(), id);
        byte[] file = CourseFiguresWorkbook.write(of, labels());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .contentLength(file.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"course-" + of.course().getCode() + ".xlsx\"")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file);
    }

    private CourseFiguresWorkbook.Labels labels() {
        return new CourseFiguresWorkbook.Labels(text("training.figures.sheet.summary"),
                text("training.figures.byProvince"), text("training.figures.byCounty"),
                text("training.figures.sheet.questions"), text("training.figures.course"), text("training.code"),
                text("training.figures.area"), text("training.figures.area.all"), text("training.figures.unknown"),
                text("training.figures.province"), text("training.figures.county"), text("training.figures.enrolled"),
                text("training.figures.inProgress"), text("training.figures.passed"),
                text("training.figures.averageScore"), text("training.version"), text("training.figures.question"),
                text("training.figures.answers"), text("training.figures.correctRate"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
