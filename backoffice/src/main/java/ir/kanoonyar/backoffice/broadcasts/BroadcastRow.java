package ir.kanoonyar.backoffice.broadcasts;

/** One broadcast as the list shows it. */
record BroadcastRow(long id, String created, String region, String role, String status, String recipients,
                    String text, String scheduled) {
}
