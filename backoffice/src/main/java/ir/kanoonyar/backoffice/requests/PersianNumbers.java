package ir.kanoonyar.backoffice.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/**
 * Numbers as Persian readers expect them, for templates: ${@persian.digits(n)}. A fraction keeps one
 * decimal (none when it is whole) after the Persian decimal separator «٫», not a Latin point.
 */
@Component("persian")
class PersianNumbers {

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
}
