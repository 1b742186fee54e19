package ir.kanoonyar.db.identity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where an element goes on a piece: its centre in millimetres from the top left corner, and its size
 * (a text's height, or the side of the logo or the QR code), in millimetres.
 */
@Embeddable
public class Placement {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Piece piece;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Element element;

    @Column(name = "x_mm", nullable = false)
    private int xMm;

    @Column(name = "y_mm", nullable = false)
    private int yMm;

    @Column(name = "size_mm", nullable = false)
    private int sizeMm;

    protected Placement() {
    }

    public Placement(Piece piece, Element element, int xMm, int yMm, int sizeMm) {
        this.piece = Objects.requireNonNull(piece, "piece");
        this.element = Objects.requireNonNull(element, "element");
        this.xMm = xMm;
        this.yMm = yMm;
        this.sizeMm = sizeMm;
    }

    public Piece getPiece() {
        return piece;
    }

    public Element getElement() {
        return element;
    }

    public int getXMm() {
        return xMm;
    }

    public int getYMm() {
        return yMm;
    }

    public int getSizeMm() {
        return sizeMm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Placement p && p.piece == piece && p.element == element;
    }

    @Override
    public int hashCode() {
        return Objects.hash(piece, element);
    }
}
