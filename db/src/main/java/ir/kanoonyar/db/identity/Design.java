package ir.kanoonyar.db.identity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One piece of a template version: its real size in millimetres and its colours ("#rrggbb"). */
@Embeddable
public class Design {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Piece piece;

    @Column(name = "width_mm", nullable = false)
    private int widthMm;

    @Column(name = "height_mm", nullable = false)
    private int heightMm;

    @Column(nullable = false, length = 7)
    private String background;

    @Column(nullable = false, length = 7)
    private String ink;

    protected Design() {
    }

    public Design(Piece piece, int widthMm, int heightMm, String background, String ink) {
        this.piece = Objects.requireNonNull(piece, "piece");
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.background = Objects.requireNonNull(background, "background");
        this.ink = Objects.requireNonNull(ink, "ink");
    }

    public Piece getPiece() {
        return piece;
    }

    public int getWidthMm() {
        return widthMm;
    }

    public int getHeightMm() {
        return heightMm;
    }

    public String getBackground() {
        return background;
    }

    public String getInk() {
        return ink;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design d && d.piece == piece;
    }

    @Override
    public int hashCode() {
        return piece.hashCode();
    }
}
