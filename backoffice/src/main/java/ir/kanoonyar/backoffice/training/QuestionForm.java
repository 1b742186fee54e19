package ir.kanoonyar.backoffice.training;

import java.io.Serializable;

import ir.kanoonyar.db.training.QuizQuestion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-question form's text and the option ticked as correct (a field number, 0-based). The
 * option texts are read raw from the request, so an option with a comma stays one option; how many
 * options a question needs is the db module's rule. Kept in the session across a refused redirect.
 */
public class QuestionForm implements Serializable {

    @NotBlank(message = "{training.form.questionMissing}")
    @Size(max = QuizQuestion.TEXT_LENGTH, message = "{training.form.questionTooLong}")
    private String text;

    private Integer correct;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getCorrect() {
        return correct;
    }

    public void setCorrect(Integer correct) {
        this.correct = correct;
    }
}
