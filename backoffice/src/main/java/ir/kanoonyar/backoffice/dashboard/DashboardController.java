package ir.kanoonyar.backoffice.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.kanoonyar.backoffice.security.CurrentStaff;
import ir.kanoonyar.backoffice.security.StaffScope;
import ir.kanoonyar.backoffice.tickets.TicketFigures;
import ir.kanoonyar.db.indicator.Dormancy;
import ir.kanoonyar.db.indicator.IndicatorRollup;
import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office's home page: the dashboard of the staff member's region (the nation, a province or a
 * county, or a part of it they choose), its tables as .xlsx, a province's monthly report as PDF, the
 * dormant kanoons, and the recompute of one month on demand.
 */
@Controller
class DashboardController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CurrentStaff current;
    private final DashboardRegions regions;
    private final DashboardFigures figures;
    private final DashboardCache cache;
    private final DormantKanoons dormant;
    private final IndicatorRollup rollup;
    private final Dormancy dormancy;
    private final ProvinceRepository provinces;
    private final CountyRepository counties;
    private final MessageSource messages;
    private final Clock clock;
    private final TicketFigures tickets;

    DashboardController(CurrentStaff current, DashboardRegions regions, DashboardFigures figures, DashboardCache cache,
                        DormantKanoons dormant,
                        IndicatorRollup rollup, Dormancy dormancy, ProvinceRepository provinces,
                        CountyRepository counties, MessageSource messages, Clock clock, TicketFigures tickets) {
        this.current = current;
        this.regions = regions;
        this.figures = figures;
        this.cache = cache;
        this.dormant = dormant;
        this.rollup = rollup;
        this.dormancy = dormancy;
        this.provinces = provinces;
        this.counties = counties;
        this.messages = messages;
        this.clock = clock;
        this.tickets = tickets;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String y,
                @RequestParam(required = false) String n, @RequestParam(required = false) String audience,
                @RequestParam(required = false) String area, @RequestParam(required = false) String map, Model model) {
        StaffScope scope = current.get();
        DashboardRegion region = regions.resolve(scope, province, county);
        JalaliMonth now = JalaliMonth.of(clock.instant());
        Period period = Period.of(kind, y, n, now);
        KanoonType type = KanoonType.of(audience, area);
        Indicator indicator = Indicator.of(map);
        model.addAttribute("staff", scope);
        model.addAttribute("region", region);
        model.addAttribute("period", period);
        model.addAttribute("type", type);
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("kinds", Period.Kind.values());
        model.addAttribute("months", months());
        model.addAttribute("seasons", List.of(new Numbered(1, text("dashboard.season.1")),
                new Numbered(2, text("dashboard.season.2")), new Numbered(3, text("dashboard.season.3")),
                new Numbered(4, text("dashboard.season.4"))));
        model.addAttribute("dashboard", cache.get(new DashboardCache.Key(region, period, type, indicator, now),
                () -> figures.dashboard(region, period, type, indicator, now)));
        model.addAttribute("years", years(now));
        model.addAttribute("currentMonth", now);
        model.addAttribute("query", query(region, period, type));
        model.addAttribute("parts", partsOf(scope, region));
        model.addAttribute("up", up(scope, region));
        // The service desk of the staff member's own region (not the region chosen above): its figures page
        // has the rest.
        model.addAttribute("tickets", tickets.summary(scope));
        return "dashboard/home";
    }

    @GetMapping("/dashboard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam String table, @RequestParam(required = false) String province,
                                  @RequestParam(required = false) String county,
                                  @RequestParam(required = false) String kind, @RequestParam(required = false) String y,
                                  @RequestParam(required = false) String n,
                                  @RequestParam(required = false) String audience,
                                  @RequestParam(required = false) String area) {
        StaffScope scope = current.get();
        DashboardRegion region = regions.resolve(scope, province, county);
        JalaliMonth now = JalaliMonth.of(clock.instant());
        KanoonType type = KanoonType.of(audience, area);
        Table found = "dormant".equals(table) ? dormant.table(region, type)
                : figures.table(table, region, Period.of(kind, y, n, now), type, now);
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(table + ".xlsx").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(DashboardWorkbook.write(found));
    }

    /** A province's monthly report; the national admin names the province, province staff get their own. */
    @GetMapping("/dashboard/province-report.pdf")
    ResponseEntity<byte[]> provinceReport(@RequestParam(required = false) String province,
                                          @RequestParam(required = false) String y,
                                          @RequestParam(required = false) String n) {
        StaffScope scope = current.get();
        if (scope.role() == StaffRole.COUNTY_STAFF) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String wanted = province == null || province.isBlank()
                ? scope.provinceId() == null ? null : scope.provinceId().toString() : province;
        if (wanted == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DashboardRegion region = regions.resolve(scope, wanted, null);
        JalaliMonth now = JalaliMonth.of(clock.instant());
        Period period = Period.of("MONTH", y, n, now);
        DashboardFigures.Dashboard dashboard = cache.get(
                new DashboardCache.Key(region, period, KanoonType.ALL, Indicator.SCORE, now),
                () -> figures.dashboard(region, period, KanoonType.ALL, Indicator.SCORE, now));
        String title = text("dashboard.pdf.title", region.name(), period.label());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("province-report.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ProvinceReportPdf.write(title, dashboard));
    }

    @GetMapping("/dashboard/dormant")
    String dormant(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
                   @RequestParam(required = false) String audience, @RequestParam(required = false) String area,
                   Model model) {
        StaffScope scope = current.get();
        DashboardRegion region = regions.resolve(scope, province, county);
        KanoonType type = KanoonType.of(audience, area);
        model.addAttribute("staff", scope);
        model.addAttribute("region", region);
        model.addAttribute("type", type);
        model.addAttribute("table", dormant.table(region, type));
        model.addAttribute("days", PersianText.toPersianDigits(String.valueOf(dormancy.dormantDays())));
        model.addAttribute("limit", DormantKanoons.LIMIT);
        model.addAttribute("reminder", text("dashboard.dormant.reminderText"));
        model.addAttribute("query", query(region, null, type));
        return "dashboard/dormant";
    }

    /** Rolls one month up again now (and marks the dormant kanoons), for everyone: the summaries are shared. */
    @PostMapping("/dashboard/recompute")
    String recompute(@RequestParam(required = false) String y, @RequestParam(required = false) String n,
                     RedirectAttributes redirect) {
        StaffScope scope = current.get();
        JalaliMonth now = JalaliMonth.of(clock.instant());
        Period period = Period.of("MONTH", y, n, now);
        IndicatorRollup.Result result = rollup.rollUp(period.first(), scope.username());
        dormancy.mark();
        redirect.addFlashAttribute("notice", text("dashboard.recomputed", period.label(),
                PersianText.toPersianDigits(String.valueOf(result.kanoons()))));
        redirect.addAttribute("kind", "MONTH");
        redirect.addAttribute("y", period.year());
        redirect.addAttribute("n", period.number());
        return "redirect:/";
    }

    /** Region parameters of the current view, for links that keep it (export, PDF, dormant list). */
    private static String query(DashboardRegion region, Period period, KanoonType type) {
        List<String> parts = new ArrayList<>();
        if (region.level().equals(DashboardRegion.COUNTY)) {
            parts.add("county=" + region.id());
        } else if (region.level().equals(DashboardRegion.PROVINCE)) {
            parts.add("province=" + region.id());
        }
        if (period != null) {
            parts.add("kind=" + period.kind().name());
            parts.add("y=" + period.year());
            parts.add("n=" + period.number());
        }
        if (type.audience() != null) {
            parts.add("audience=" + type.audienceName());
        }
        if (type.rural() != null) {
            parts.add("area=" + type.areaName());
        }
        return String.join("&", parts);
    }

    /** The parts staff may open from this region: a national admin's provinces, a province's counties. */
    private List<Choice> partsOf(StaffScope scope, DashboardRegion region) {
        if (region.level().equals(DashboardRegion.NATION)) {
            return provinces.findAll().stream().map(p -> new Choice("province", p.getId(), p.getName())).toList();
        }
        if (region.level().equals(DashboardRegion.PROVINCE)) {
            return counties.findByProvinceIdOrderByCodeAsc(region.id()).stream()
                    .map(c -> new Choice("county", c.getId(), c.getName())).toList();
        }
        return List.of();
    }

    /** The link one level up, when the staff member's scope reaches it; null otherwise. */
    private String up(StaffScope scope, DashboardRegion region) {
        if (region.level().equals(DashboardRegion.COUNTY) && scope.role() != StaffRole.COUNTY_STAFF) {
            return "province=" + region.provinceId();
        }
        if (region.level().equals(DashboardRegion.PROVINCE) && scope.role() == StaffRole.NATIONAL_ADMIN) {
            return "";
        }
        return null;
    }

    /** A region a staff member may open. */
    public record Choice(String param, long id, String name) {
    }

    /** A month or season of the filter: its number and its name. */
    public record Numbered(int number, String name) {
    }

    private static List<Numbered> months() {
        List<Numbered> named = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            named.add(new Numbered(month, JalaliDate.of(1400, month, 1).monthName()));
        }
        return named;
    }

    private List<Integer> years(JalaliMonth now) {
        List<Integer> years = new ArrayList<>();
        for (int year = now.year(); year >= now.year() - 4; year--) {
            years.add(year);
        }
        return years;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
