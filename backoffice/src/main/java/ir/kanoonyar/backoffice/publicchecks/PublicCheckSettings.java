package ir.kanoonyar.backoffice.publicchecks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one source address may use the public checks, licences and certificates together
 * ({@code kanoonyar.public-checks.*}, or {@code KANOONYAR_PUBLIC_CHECKS_LIMIT} and {@code _WINDOW}).
 *
 * @param limit  checks one address may make at once; they come back one by one over {@code window}
 * @param window the time in which {@code limit} checks come back
 * @param sources addresses remembered at once, which bounds the memory used (about 100 bytes each);
 *               the one unseen longest is forgotten first
 */
@ConfigurationProperties("kanoonyar.public-checks")
public record PublicCheckSettings(
        @DefaultValue("30") int limit,
        @DefaultValue("10m") Duration window,
        @DefaultValue("10000") int sources) {

    public PublicCheckSettings {
        if (limit < 1 || sources < 1) {
            throw new IllegalArgumentException("kanoonyar.public-checks.limit and .sources must be at least 1");
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kanoonyar.public-checks.window must be at least 1s");
        }
    }
}
