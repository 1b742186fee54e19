package ir.kanoonyar.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up people for tests that share a database across runs: fresh national codes and numbers. */
public final class RandomPeople {

    private RandomPeople() {
    }

    /** A valid national code (check digit by the rule) that is not ten equal digits. */
    public static String nationalCode() {
        while (true) {
            String nine = digits(9);
            int s = 0;
            for (int i = 0; i < 9; i++) {
                s += (nine.charAt(i) - '0') * (10 - i);
            }
            int r = s % 11;
            String code = nine + (r < 2 ? r : 11 - r);
            if (!code.chars().allMatch(c -> c == code.charAt(0))) {
                return code;
            }
        }
    }

    public static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }
}
