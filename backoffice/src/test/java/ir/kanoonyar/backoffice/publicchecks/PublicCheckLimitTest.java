package ir.kanoonyar.backoffice.publicchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ir.kanoonyar.backoffice.PublicEdge;
import ir.kanoonyar.db.persian.LicenceNumber;
import org.junit.jupiter.api.Test;

/**
 * Both public checks count against the client's address, as the trusted proxy reports it (or the
 * connection's), three at once in this context.
 */
class PublicCheckLimitTest extends PublicEdge {

    private static final String[] CHECKS = {"/verify/00-1405-000001", "/verify/certificate/123456789012",
            "/verify/DEMO-00-0009"};

    @Test
    void oneCheckTooManyFromOneAddressGetsThePersianTryLaterPage() throws IOException {
        String client = "X-Forwarded-For: 198.51.100.21";
        for (String check : CHECKS) {
            assertThat(get(PROXY, check, client).status()).as(check).isEqualTo(404);
        }

        Response refused = get(PROXY, "/verify/certificate/123456789012", client);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("dir=\"rtl\"", "استعلام بیش از اندازه", "دقیقهٔ دیگر دوباره امتحان کنید")
                .containsPattern("[۱-۹][۰-۹]* دقیقهٔ");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(get(PROXY, "/verify/00-1405-000001", client).status()).isEqualTo(429);

        // Another client behind the same proxy is not held back by the first one.
        assertThat(get(PROXY, "/verify/00-1405-000001", "X-Forwarded-For: 198.51.100.22").status()).isEqualTo(404);
    }

    @Test
    void aClientCannotSlipTheLimitByNamingOtherAddressesItself() throws IOException {
        for (int i = 0; i < CHECKS.length; i++) {
            assertThat(get(STRANGER, CHECKS[i], "X-Forwarded-For: 198.51.100." + (100 + i)).status()).isEqualTo(404);
        }
        assertThat(get(STRANGER, CHECKS[0], "X-Forwarded-For: 198.51.100.200").status()).isEqualTo(429);
    }

    @Test
    void aNumberWithAWrongCheckDigitIsToldItIsNotValid() throws IOException {
        String number = LicenceNumber.generate("00", 1405);
        char last = number.charAt(number.length() - 1);
        String mistyped = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);

        Response page = get(PROXY, "/verify/" + mistyped, "X-Forwarded-For: 198.51.100.31");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("مجوز پیدا نشد", "شمارهٔ مجوز درستی نیست", mistyped);
    }
}
