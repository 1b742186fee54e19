package ir.kanoonyar.db.member;

/** What a file is, by its first bytes: the name a person gave it says nothing. */
enum SheetKind {
    /** A zip container: an .xlsx if POI finds a workbook in it. */
    XLSX,
    /** An OLE2 container: an old .xls (or .doc). */
    OLD_EXCEL,
    /** A PDF, a picture, a gzip or 7z archive: known not to be a spreadsheet. */
    OTHER,
    /** Anything else: read as CSV if it is UTF-8 text. */
    TEXT;

    static SheetKind of(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return OLD_EXCEL;
        }
        if (starts(b, '%', 'P', 'D', 'F') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 0x89, 'P', 'N', 'G')
                || starts(b, 'G', 'I', 'F', '8') || starts(b, 0x1F, 0x8B) || starts(b, '7', 'z', 0xBC, 0xAF)
                || starts(b, 'R', 'I', 'F', 'F') || starts(b, 'R', 'a', 'r', '!')) {
            return OTHER;
        }
        return TEXT;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
