package ir.kanoonyar.backoffice.identity;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.identity.Design;
import ir.kanoonyar.db.identity.Element;
import ir.kanoonyar.db.identity.IdentityTemplate;
import ir.kanoonyar.db.identity.Piece;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One piece of a new version: its real size in millimetres, its colours and its placements. */
public class DesignForm {

    private static final String COLOUR = "#[0-9a-fA-F]{6}";

    @NotNull(message = "{identity.template.pieceRequired}")
    private Piece piece;

    @NotNull(message = "{identity.template.numberRequired}")
    @Min(value = 10, message = "{identity.template.sizeRange}")
    @Max(value = IdentityTemplateForm.MAX_MM, message = "{identity.template.sizeRange}")
    private Integer width;

    @NotNull(message = "{identity.template.numberRequired}")
    @Min(value = 10, message = "{identity.template.sizeRange}")
    @Max(value = IdentityTemplateForm.MAX_MM, message = "{identity.template.sizeRange}")
    private Integer height;

    @NotNull(message = "{identity.template.colour}")
    @Pattern(regexp = COLOUR, message = "{identity.template.colour}")
    private String background;

    @NotNull(message = "{identity.template.colour}")
    @Pattern(regexp = COLOUR, message = "{identity.template.colour}")
    private String ink;

    @Valid
    private List<PlacementForm> placements = new ArrayList<>();

    static DesignForm of(IdentityTemplate template, Piece piece) {
        Design design = template.design(piece);
        DesignForm form = new DesignForm();
        form.piece = piece;
        form.width = design.getWidthMm();
        form.height = design.getHeightMm();
        form.background = design.getBackground();
        form.ink = design.getInk();
        for (Element element : Element.values()) {
            form.placements.add(PlacementForm.of(template.placement(piece, element)));
        }
        return form;
    }

    public Piece getPiece() {
        return piece;
    }

    public void setPiece(Piece piece) {
        this.piece = piece;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getInk() {
        return ink;
    }

    public void setInk(String ink) {
        this.ink = ink;
    }

    public List<PlacementForm> getPlacements() {
        return placements;
    }

    public void setPlacements(List<PlacementForm> placements) {
        this.placements = placements;
    }
}
