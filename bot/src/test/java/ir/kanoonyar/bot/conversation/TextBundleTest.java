package ir.kanoonyar.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Keeps the bot's Persian texts and the code in step: every key used exists, no key is unused. */
class TextBundleTest {

    private final Properties bundle = load();

    @Test
    void everyTextTheCodeUsesIsInTheBundle() {
        Set<String> missing = Arrays.stream(Text.values()).map(Text::key)
                .filter(key -> !bundle.containsKey(key)).collect(Collectors.toSet());
        assertThat(missing).isEmpty();
    }

    @Test
    void theBundleHasNoTextTheCodeDoesNotUse() {
        Set<String> used = Arrays.stream(Text.values()).map(Text::key).collect(Collectors.toSet());
        Set<String> unused = new HashSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).isEmpty();
    }

    @Test
    void textsArePersianWithPersianLetters() {
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as(key).doesNotContain("ي", "ك").matches("(?s).*[\\u0600-\\u06FF].*");
            assertThat(text.replaceAll("\\{\\d+}", "").replaceAll("/[a-z]+", ""))
                    .as(key + " has Latin digits").doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void everyTextRendersWithItsArguments() {
        Texts texts = new Texts();
        for (Text text : Text.values()) {
            String rendered = texts.get(text, "الف", "ب", "پ", 1234);
            assertThat(rendered).as(text.name()).doesNotContain("{0}", "{1}", "{2}");
        }
        assertThat(texts.get(Text.FORM_PROGRESS, 3, 10)).contains("۳").contains("۱۰");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = TextBundleTest.class.getClassLoader().getResourceAsStream(Texts.BUNDLE + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

}
