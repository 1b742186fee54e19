package ir.kanoonyar.backoffice.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply in a topic of the national board. */
public class ReplyForm {

    @NotBlank(message = "{board.bodyEmpty}")
    @Size(max = 4000, message = "{board.bodyTooLong}")
    private String body = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
