package ir.kanoonyar.backoffice.identity;

import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.identity.Design;
import ir.kanoonyar.db.identity.IdentityTemplate;
import ir.kanoonyar.db.identity.Piece;
import ir.kanoonyar.db.identity.Placement;
import ir.kanoonyar.db.identity.TemplateDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A new version of the standard designs, prefilled from the version in force. The numbers' ranges and
 * the colours' form are checked here; whether the elements lie on their piece, the colours' contrast and
 * the logo's bytes by {@code IdentityTemplates}.
 */
public class IdentityTemplateForm {

    /** No piece is larger than ten metres. */
    static final int MAX_MM = 10_000;

    @Size(max = IdentityTemplate.NOTE_LENGTH, message = "{identity.template.noteTooLong}")
    private String note;

    @Valid
    private List<DesignForm> designs = new ArrayList<>();

    static IdentityTemplateForm of(IdentityTemplate template) {
        IdentityTemplateForm form = new IdentityTemplateForm();
        for (Piece piece : Piece.values()) {
            form.designs.add(DesignForm.of(template, piece));
        }
        return form;
    }

    TemplateDraft draft(byte[] logo) {
        List<Design> built = new ArrayList<>();
        List<Placement> placed = new ArrayList<>();
        for (DesignForm d : designs) {
            built.add(new Design(d.getPiece(), d.getWidth(), d.getHeight(), d.getBackground().toLowerCase(),
                    d.getInk().toLowerCase()));
            for (PlacementForm p : d.getPlacements()) {
                placed.add(new Placement(d.getPiece(), p.getElement(), p.getX(), p.getY(), p.getSize()));
            }
        }
        return new TemplateDraft(note, built, placed, logo);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<DesignForm> getDesigns() {
        return designs;
    }

    public void setDesigns(List<DesignForm> designs) {
        this.designs = designs;
    }
}
