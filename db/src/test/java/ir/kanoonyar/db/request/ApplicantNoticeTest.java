package ir.kanoonyar.db.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ApplicantNoticeTest {

    @Test
    void everyNoticeHasAPersianTextAndTheBundleNoOther() throws Exception {
        Properties bundle = new Properties();
        bundle.load(new InputStreamReader(getClass().getClassLoader().getResourceAsStream("i18n/notices.properties"),
                StandardCharsets.UTF_8));
        Set<String> keys = Arrays.stream(ApplicantNotice.values()).map(ApplicantNotice::key).collect(Collectors.toSet());
        // The reminder.* keys belong to the back-office's jobs, which test them themselves.
        assertThat(bundle.stringPropertyNames().stream().filter(key -> key.startsWith("notice.")))
                .containsExactlyInAnyOrderElementsOf(keys);
        bundle.values().forEach(text -> assertThat(text.toString()).doesNotContain("ي", "ك"));
    }

    @Test
    void aReturnNoticeNamesTheRequestInPersianDigitsWithTheComment() {
        String code = ir.kanoonyar.db.persian.TrackingCode.generate();
        Request request = new Request(code, RequestType.ESTABLISHMENT, 1L, Instant.now());
        String text = ApplicantNotice.RETURNED.text(request, "پلاک را بنویسید");
        String shown = ir.kanoonyar.db.persian.PersianText.toPersianDigits(
                code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
        assertThat(text).contains(shown, "پلاک را بنویسید").doesNotContainPattern("[0-9]");
        assertThat(text).startsWith("درخواست تأسیس کانون \u2066" + shown + "\u2069 برای اصلاح برگردانده شد.");
    }

    @Test
    void everyTypeOfRequestIsNamedInPersianBeforeItsCodeAndAServiceRequestOnlyOnce() {
        for (RequestType type : RequestType.values()) {
            assertThat(RequestName.of(type, "140511050092")).as(type.name()).startsWith("درخواست ")
                    .endsWith("\u2066۱۴۰۵-۱۱۰۵-۰۰۹۲\u2069").doesNotContainPattern("[A-Za-z0-9]");
        }
        assertThat(RequestName.of(RequestType.SERVICE_REQUEST, "140511050092")).startsWith("درخواست خدمت ");
        assertThat(RequestName.of(RequestType.MANAGER_REGISTRATION, "140511050092"))
                .startsWith("درخواست ثبت‌نام مدیر کانون ");
    }
}
