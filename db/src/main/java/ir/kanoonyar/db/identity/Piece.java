package ir.kanoonyar.db.identity;

/** The three standard designs of the kit. */
public enum Piece {
    SIGN("sign"),
    BANNER("banner"),
    LETTERHEAD("letterhead");

    private final String slug;

    Piece(String slug) {
        this.slug = slug;
    }

    /** The lower-case name used in URLs, media sources and file names. */
    public String slug() {
        return slug;
    }

    public static java.util.Optional<Piece> ofSlug(String slug) {
        for (Piece piece : values()) {
            if (piece.slug.equals(slug)) {
                return java.util.Optional.of(piece);
            }
        }
        return java.util.Optional.empty();
    }
}
