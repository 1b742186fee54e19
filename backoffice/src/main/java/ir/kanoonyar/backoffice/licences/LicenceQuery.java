package ir.kanoonyar.backoffice.licences;

import ir.kanoonyar.db.kanoon.LicenceStatus;
import ir.kanoonyar.db.persian.PersianText;

/**
 * The licences page's filters as typed, checked: anything unknown is dropped rather than refused, so a
 * hand-edited address still shows a page. The search is a number (any digits, with or without dashes,
 * Persian or Arabic) or a name of a kanoon, mosque or manager.
 *
 * @param search   what was typed, trimmed; empty for none
 * @param province a province id (the national admin's filter), or null
 * @param county   a county id, or null
 * @param status   a licence status, or null for all
 * @param expiry   "expired", "within" or null
 * @param days     for "within": how many days ahead, 1 to 3650
 * @param page     zero-based page number
 */
record LicenceQuery(String search, Long province, Long county, LicenceStatus status, String expiry, int days,
                    int page) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3650;
    static final int MAX_SEARCH = 100;

    static LicenceQuery of(String q, String province, String county, String status, String expiry, String days,
                           String page) {
        String search = q == null ? "" : PersianText.normalize(q).strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        LicenceStatus s = null;
        for (LicenceStatus candidate : LicenceStatus.values()) {
            if (candidate.name().equals(status)) {
                s = candidate;
            }
        }
        String e = "expired".equals(expiry) || "within".equals(expiry) ? expiry : null;
        int d = Math.max(1, Math.min(MAX_DAYS, number(days, DEFAULT_DAYS)));
        return new LicenceQuery(search, id(province), id(county), s, e, d, Math.max(0, number(page, 0)));
    }

    /** The digits of a search that is a licence number (or part of one), else null. */
    String numberDigits() {
        String ascii = search; // normalize made every digit ASCII
        String compact = ascii.replaceAll("[\\s\\-\u2010-\u2015\u2212]", "");
        return !compact.isEmpty() && compact.chars().allMatch(c -> c >= '0' && c <= '9') ? compact : null;
    }

    private static Long id(String value) {
        long n = number(value, -1);
        return n > 0 ? n : null;
    }

    private static int number(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(PersianText.normalize(value));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
