package ir.kanoonyar.backoffice.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation constraint on a back-office form names its Persian message by a bundle key;
 * one without would show the validator's English default next to a field.
 */
class ConstraintMessagesTest {

    private static final Path CODE = Path.of("src/main/java");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "@(NotNull|NotBlank|NotEmpty|Size|Min|Max|AssertTrue|AssertFalse|Pattern|Email|Positive|PositiveOrZero"
                    + "|Negative|Future|Past|JalaliDay)\\b(\\([^)]*\\))?");

    @Test
    void everyConstraintNamesABundleKey() throws IOException {
        List<String> without = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("import jakarta.validation.constraints.")
                        && !source.contains("import ir.kanoonyar.backoffice.forms.JalaliDay;")) {
                    continue;
                }
                Matcher m = CONSTRAINT.matcher(source);
                while (m.find()) {
                    found++;
                    if (m.group(2) == null || !m.group(2).matches("\\(.*message\\s*=\\s*\"\\{[\\w.-]+}\".*\\)")) {
                        without.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("constraints found").isPositive();
        assertThat(without).as("constraints without a message key").isEmpty();
    }
}
