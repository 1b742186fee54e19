package ir.kanoonyar.db.member;

import java.util.List;

import ir.kanoonyar.db.persian.PersianText;

/**
 * The columns of a members spreadsheet, in the template's order, with the Persian header written in
 * the template and the other headers people use for it (compared by {@link PersianText#matchKey},
 * so spaces, half-spaces and Arabic letters do not matter). Phone and national code may be left out.
 */
public enum MemberColumn {
    FIRST_NAME(true, "نام"),
    LAST_NAME(true, "نام خانوادگی", "نام‌خانوادگی", "فامیلی"),
    GENDER(true, "جنسیت", "جنس"),
    BIRTH_YEAR(true, "سال تولد", "سال‌تولد"),
    ROLE(true, "نقش", "سمت"),
    PHONE(false, "تلفن همراه", "تلفن", "موبایل", "شماره همراه", "شماره تلفن"),
    NATIONAL_CODE(false, "کد ملی", "کدملی", "شماره ملی");

    private final boolean required;
    private final List<String> headers;

    MemberColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String header() {
        return headers.get(0);
    }

    boolean matches(String header) {
        String key = PersianText.matchKey(header);
        return headers.stream().anyMatch(h -> PersianText.matchKey(h).equals(key));
    }
}
