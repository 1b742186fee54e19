package ir.kanoonyar.db.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A question the knowledge base had no answer for, so staff know what to write next. */
@Entity
public class KbMiss {

    public static final int QUESTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long provinceId;
    private String question;
    private Instant createdAt;

    protected KbMiss() {
    }

    KbMiss(Long provinceId, String question, Instant createdAt) {
        this.provinceId = provinceId;
        this.question = question.length() <= QUESTION_LENGTH ? question : question.substring(0, QUESTION_LENGTH);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
