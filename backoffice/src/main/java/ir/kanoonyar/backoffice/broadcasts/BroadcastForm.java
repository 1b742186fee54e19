package ir.kanoonyar.backoffice.broadcasts;

/**
 * What the compose form sends, as typed. when: "now" or "later"; date (Jalali) and time (HH:mm,
 * Tehran) for later. Enum fields hold constant names or are empty for "any".
 */
record BroadcastForm(Long province, Long county, String role, String audience, String area, String text,
                     String when, String date, String time) {

    static BroadcastForm empty() {
        return new BroadcastForm(null, null, "EVERYONE", null, null, "", "now", null, null);
    }
}
