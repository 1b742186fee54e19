package ir.kanoonyar.db.identity;

import java.util.List;

/**
 * A new version as the national admin typed it: a design per piece, a placement per piece and element,
 * and the uploaded logo (null: keep the current version's logo).
 */
public record TemplateDraft(String note, List<Design> designs, List<Placement> placements, byte[] logo) {

    public TemplateDraft {
        designs = List.copyOf(designs);
        placements = List.copyOf(placements);
    }

    /** The draft that starts from a version: the same designs and placements, no new logo. */
    public static TemplateDraft of(IdentityTemplate template) {
        List<Design> designs = java.util.Arrays.stream(Piece.values()).map(template::design).toList();
        List<Placement> placements = java.util.Arrays.stream(Piece.values())
                .flatMap(piece -> java.util.Arrays.stream(Element.values()).map(e -> template.placement(piece, e)))
                .toList();
        return new TemplateDraft(template.getNote(), designs, placements, null);
    }
}
