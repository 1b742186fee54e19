package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Component;

/** Numbers as Persian readers expect them, for templates: ${@persian.digits(n)}. */
@Component("persian")
class PersianNumbers {

    public String digits(Object number) {
        return number == null ? "" : PersianText.toPersianDigits(String.valueOf(number));
    }
}
