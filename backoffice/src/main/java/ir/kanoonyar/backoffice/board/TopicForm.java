package ir.kanoonyar.backoffice.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new topic of the national board. */
public class TopicForm {

    @NotBlank(message = "{board.titleEmpty}")
    @Size(max = 200, message = "{board.titleTooLong}")
    private String title = "";

    @NotBlank(message = "{board.bodyEmpty}")
    @Size(max = 4000, message = "{board.bodyTooLong}")
    private String body = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
