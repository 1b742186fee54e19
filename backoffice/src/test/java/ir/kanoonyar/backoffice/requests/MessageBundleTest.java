package ir.kanoonyar.backoffice.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ir.kanoonyar.backoffice.audit.AuditKinds;
import ir.kanoonyar.db.guideline.Outcome;
import ir.kanoonyar.db.person.Education;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.ConsentStatus;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.InquiryType;
import ir.kanoonyar.db.request.RequestStatus;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.TimelineEventType;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.training.CourseContentException;
import ir.kanoonyar.db.training.CourseVersionStatus;
import ir.kanoonyar.db.training.LessonKind;
import org.junit.jupiter.api.Test;

/**
 * Every key the templates and the code use is in messages.properties, and every key there is used.
 * Literal keys are found as {@code #{key}} in templates and {@code text("key"} in code; keys built
 * from an enum ({@code #{${'status.' + x}}}, {@code text("status." + x}) must cover every constant.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CODE = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");

    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("type.", RequestType.class),
            Map.entry("status.", RequestStatus.class),
            Map.entry("licences.status.", ir.kanoonyar.db.kanoon.LicenceStatus.class),
            Map.entry("role.", StaffRole.class),
            Map.entry("outcome.", Outcome.class),
            Map.entry("consentRole.", ConsentRole.class),
            Map.entry("consentStatus.", ConsentStatus.class),
            Map.entry("inquiryType.", InquiryType.class),
            Map.entry("inquiryResult.", InquiryResult.class),
            Map.entry("event.", TimelineEventType.class),
            Map.entry("decision.done.", Decision.class),
            Map.entry("decision.confirm.heading.", Decision.class),
            Map.entry("decision.confirm.yes.", Decision.class),
            Map.entry("actorRole.", ir.kanoonyar.db.request.ActorRole.class),
            // The inbox's views and columns
            Map.entry("inbox.view.", InboxView.class),
            Map.entry("inbox.empty.", InboxView.class),
            Map.entry("inbox.column.", InboxSort.class),
            Map.entry("guideline.education.", Education.class),
            // Broadcasts
            Map.entry("broadcast.status.", ir.kanoonyar.db.broadcast.BroadcastStatus.class),
            Map.entry("broadcast.role.", ir.kanoonyar.db.broadcast.SegmentRole.class),
            Map.entry("broadcast.audience.", ir.kanoonyar.db.kanoon.KanoonAudience.class),
            Map.entry("broadcast.area.", ir.kanoonyar.db.broadcast.KanoonArea.class),
            Map.entry("training.kind.", LessonKind.class),
            Map.entry("training.status.", CourseVersionStatus.class),
            Map.entry("training.problem.", CourseContentException.Problem.class),
            Map.entry("timeline.problem.", ir.kanoonyar.db.request.TimelineCheck.Problem.class),
            Map.entry("activity.status.", ir.kanoonyar.db.activity.ActivityReportStatus.class),
            // The visual identity kit
            Map.entry("identity.piece.", ir.kanoonyar.db.identity.Piece.class),
            Map.entry("identity.element.", ir.kanoonyar.db.identity.Element.class),
            Map.entry("identity.sign.status.", ir.kanoonyar.db.identity.SignPhotoStatus.class),
            Map.entry("identity.template.refused.", ir.kanoonyar.db.identity.IdentityTemplates.Refusal.class),
            // Tickets and the knowledge base (issue 11)
            Map.entry("tickets.state.", ir.kanoonyar.db.ticket.TicketState.class),
            Map.entry("tickets.category.", ir.kanoonyar.db.ticket.TicketCategory.class),
            Map.entry("tickets.level.", ir.kanoonyar.db.ticket.TicketLevel.class),
            Map.entry("tickets.refused.", ir.kanoonyar.db.ticket.TicketRefusal.class),
            Map.entry("knowledge.refused.", ir.kanoonyar.db.knowledge.KnowledgeBase.Refusal.class),
            // Dashboards
            Map.entry("dashboard.kind.", ir.kanoonyar.backoffice.dashboard.Period.Kind.class),
            Map.entry("dashboard.indicator.", ir.kanoonyar.backoffice.dashboard.Indicator.class));

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\$\\{'([\\w.]+)'\\s*\\+");
    private static final Pattern CODE_KEY = Pattern.compile("text\\(\"([\\w.-]+)\"\\s*[,)]");
    /** Keys carried by enum constants, e.g. VALID("verify.valid"). */
    private static final Pattern ENUM_KEY = Pattern.compile("\\b[A-Z][A-Z_]*\\(\"([a-z][\\w.-]+)\"\\)");
    /** Bean Validation messages of form objects: message = "{key}". */
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([a-z][\\w.-]+)}\"");
    private static final Pattern CODE_PREFIX = Pattern.compile("text\\(\"([\\w.]+\\.)\"\\s*\\+");
    /** Bean Validation messages of form objects: message = "{key}". */
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message\\s*=\\s*\"\\{([\\w.-]+)}\"");
    /** Errors a controller adds to a form's BindingResult: reject("key") or rejectValue("field", "key"). */
    private static final Pattern REJECT_KEY = Pattern.compile("\\breject\\(\"([\\w.-]+)\"");
    private static final Pattern REJECT_VALUE_KEY = Pattern.compile("\\brejectValue\\(\"\\w+\",\\s*\"([\\w.-]+)\"");
    /** Spring's binding looks up typeMismatch[.form.field | .type] by convention when a value cannot be read. */
    private static final Pattern BINDING_CONVENTION = Pattern.compile("typeMismatch(\\.[\\w.]+)?");

    @Test
    void everyKeyUsedExistsAndNoneIsUnused() throws IOException {
        Set<String> bundle = bundleKeys();
        Set<String> literal = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        scan(TEMPLATES, ".html", TEMPLATE_KEY, literal);
        scan(TEMPLATES, ".html", TEMPLATE_PREFIX, prefixes);
        scan(CODE, ".java", CODE_KEY, literal);
        scan(CODE, ".java", ENUM_KEY, literal);
        scan(CODE, ".java", VALIDATION_KEY, literal);
        scan(CODE, ".java", CODE_PREFIX, prefixes);
        scan(CODE, ".java", CONSTRAINT_KEY, literal);
        scan(CODE, ".java", REJECT_KEY, literal);
        scan(CODE, ".java", REJECT_VALUE_KEY, literal);
        bundle.stream().filter(k -> BINDING_CONVENTION.matcher(k).matches()).forEach(literal::add);
        assertThat(literal).as("literal keys found").isNotEmpty();

        assertThat(ENUM_PREFIXES.keySet()).as("keys built from values need a known enum").containsAll(prefixes);
        Set<String> used = new TreeSet<>(literal);
        // The audit page names each kind of entry it knows (audit.kind.<kind>).
        AuditKinds.KNOWN.forEach(kind -> used.add("audit.kind." + kind));
        for (String prefix : prefixes) {
            Arrays.stream(ENUM_PREFIXES.get(prefix).getEnumConstants()).map(c -> prefix + c.name()).forEach(used::add);
        }

        assertThat(bundle).as("keys used but missing from messages.properties").containsAll(used);
        assertThat(new TreeSet<>(bundle)).as("keys in messages.properties that nothing uses")
                .containsExactlyElementsOf(used);
    }

    @Test
    void theBundleIsPersianAndUtf8() throws IOException {
        String text = Files.readString(BUNDLE, StandardCharsets.UTF_8);
        assertThat(text).contains("کارتابل");
    }

    @Test
    void templatesNeverWriteUnescapedText() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("th:utext");
            }
        }
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(suffix)).toList();
        }
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }
}
