package ir.kanoonyar.backoffice.consultations;

import ir.kanoonyar.db.consultation.ConsultationProblem;

/** The Persian sentence of each refusal of Consultations, by its bundle key. */
enum Refusal {
    NOT_FOUND("consultation.notFound"),
    QUESTION_EMPTY("consultation.ask.questionEmpty"),
    QUESTION_TOO_LONG("consultation.ask.questionTooLong"),
    EXCERPT_EMPTY("consultation.ask.excerptEmpty"),
    EXCERPT_TOO_LONG("consultation.ask.excerptTooLong"),
    NO_EXPERT("consultation.ask.noExpert"),
    TOO_MANY_EXPERTS("consultation.ask.tooManyExperts"),
    EXPERT_NOT_AVAILABLE("consultation.ask.expertNotAvailable"),
    ANSWER_EMPTY("consultation.answer.empty"),
    ANSWER_TOO_LONG("consultation.answer.tooLong");

    final String key;

    Refusal(String key) {
        this.key = key;
    }

    static String keyOf(ConsultationProblem problem) {
        return valueOf(problem.name()).key;
    }
}
