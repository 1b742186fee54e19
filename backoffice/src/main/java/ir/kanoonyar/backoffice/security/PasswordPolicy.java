package ir.kanoonyar.backoffice.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ir.kanoonyar.db.staff.StaffAccount;
import org.springframework.stereotype.Component;

/**
 * What a new staff password must be, wherever it is set (a new account, a change, the first admin
 * from the environment): long enough, not longer than BCrypt reads, not one of the common passwords
 * shipped with the app, not the user name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = StaffAccount.MIN_PASSWORD_LENGTH;
    /**
     * BCrypt reads only the first 72 bytes of a password (UTF-8: a Persian letter is two bytes), and
     * Spring's encoder refuses a longer one; said plainly instead of failing.
     */
    public static final int MAX_BYTES = 72;

    static final String COMMON_LIST = "security/common-passwords.txt";

    /** Why a password is refused, with the key of its Persian message ({0} the least length, {1} the most bytes). */
    public enum Problem {
        TOO_SHORT("password.error.short"),
        TOO_LONG("password.error.long"),
        COMMON("password.error.common"),
        SAME_AS_USERNAME("password.error.username");

        public final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** What is wrong with the password for that user name, if anything. */
    public Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of(Problem.SAME_AS_USERNAME);
        }
        return Optional.empty();
    }

    /** Whether BCrypt can take this password at all (a login with a longer one is simply wrong). */
    static boolean fitsBcrypt(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
