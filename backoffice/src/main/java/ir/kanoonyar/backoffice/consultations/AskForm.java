package ir.kanoonyar.backoffice.consultations;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * «مشورت با کارشناس استان دیگر» from a request's or a ticket's page: the experts picked, the question,
 * and the excerpt of the case to share (the only part of it the experts will see). Who may be picked
 * is Consultations' rule.
 */
public class AskForm {

    @NotEmpty(message = "{consultation.ask.noExpert}")
    @Size(max = 5, message = "{consultation.ask.tooManyExperts}")
    private List<Long> experts = new ArrayList<>();

    @NotBlank(message = "{consultation.ask.questionEmpty}")
    @Size(max = 2000, message = "{consultation.ask.questionTooLong}")
    private String question = "";

    @NotBlank(message = "{consultation.ask.excerptEmpty}")
    @Size(max = 4000, message = "{consultation.ask.excerptTooLong}")
    private String excerpt = "";

    public List<Long> getExperts() {
        return experts;
    }

    public void setExperts(List<Long> experts) {
        this.experts = experts;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }
}
