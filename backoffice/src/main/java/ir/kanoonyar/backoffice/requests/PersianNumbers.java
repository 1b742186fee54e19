package ir.kanoonyar.backoffice.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Numbers as Persian readers expect them, for templates: ${@persian.digits(n)}. A fraction keeps one
 * decimal (none when it is whole) after the Persian decimal separator «٫», not a Latin point. File
 * sizes read «۱٫۲ مگابایت», never "1.2 MB".
 */
@Component("persian")
public class PersianNumbers {

    private final MessageSource messages;

    PersianNumbers(MessageSource messages) {
        this.messages = messages;
    }

    public String digits(Object number) {
        if (number == null) {
            return "";
        }
        if (number instanceof Double || number instanceof Float) {
            BigDecimal rounded = BigDecimal.valueOf(((Number) number).doubleValue()).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return PersianText.toPersianDigits(rounded.toPlainString().replace('.', '٫'));
        }
        return PersianText.toPersianDigits(String.valueOf(number));
    }

    /** A size in bytes, kilobytes (rounded up) or megabytes (one decimal), in Persian. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return text("size.bytes", digits(bytes));
        }
        if (bytes < 1024 * 1024) {
            return text("size.kilobytes", digits((bytes + 1023) / 1024));
        }
        return text("size.megabytes", digits(bytes / (1024.0 * 1024.0)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
