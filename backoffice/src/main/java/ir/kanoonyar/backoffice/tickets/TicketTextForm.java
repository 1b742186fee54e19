package ir.kanoonyar.backoffice.tickets;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An answer to the person or an internal note: the text typed (a canned reply may fill it). Serializable:
 * a refused one comes back to the page as a flash attribute, kept in the JDBC session.
 */
public class TicketTextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tickets.text.required}")
    @Size(max = 4000, message = "{tickets.text.tooLong}")
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
