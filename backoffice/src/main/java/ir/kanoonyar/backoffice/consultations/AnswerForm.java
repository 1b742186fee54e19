package ir.kanoonyar.backoffice.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An answer (by an expert) or a follow-up (by the asker) in a consultation's thread. */
public class AnswerForm {

    @NotBlank(message = "{consultation.answer.empty}")
    @Size(max = 4000, message = "{consultation.answer.tooLong}")
    private String body = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
