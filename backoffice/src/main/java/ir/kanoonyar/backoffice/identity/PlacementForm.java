package ir.kanoonyar.backoffice.identity;

import ir.kanoonyar.db.identity.Element;
import ir.kanoonyar.db.identity.Placement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Where one element goes on a piece, in millimetres: its centre and its size. */
public class PlacementForm {

    @NotNull(message = "{identity.template.elementRequired}")
    private Element element;

    @NotNull(message = "{identity.template.numberRequired}")
    @Min(value = 0, message = "{identity.template.numberRange}")
    @Max(value = IdentityTemplateForm.MAX_MM, message = "{identity.template.numberRange}")
    private Integer x;

    @NotNull(message = "{identity.template.numberRequired}")
    @Min(value = 0, message = "{identity.template.numberRange}")
    @Max(value = IdentityTemplateForm.MAX_MM, message = "{identity.template.numberRange}")
    private Integer y;

    @NotNull(message = "{identity.template.numberRequired}")
    @Min(value = 1, message = "{identity.template.numberRange}")
    @Max(value = IdentityTemplateForm.MAX_MM, message = "{identity.template.numberRange}")
    private Integer size;

    static PlacementForm of(Placement p) {
        PlacementForm form = new PlacementForm();
        form.element = p.getElement();
        form.x = p.getXMm();
        form.y = p.getYMm();
        form.size = p.getSizeMm();
        return form;
    }

    public Element getElement() {
        return element;
    }

    public void setElement(Element element) {
        this.element = element;
    }

    public Integer getX() {
        return x;
    }

    public void setX(Integer x) {
        this.x = x;
    }

    public Integer getY() {
        return y;
    }

    public void setY(Integer y) {
        this.y = y;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
