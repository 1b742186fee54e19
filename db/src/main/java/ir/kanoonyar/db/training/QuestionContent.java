package ir.kanoonyar.db.training;

import java.util.List;

import ir.kanoonyar.db.training.CourseContentException.Problem;

/**
 * A question as authored, checked: its text, two to {@value #MAX_OPTIONS} option texts (none blank)
 * and which of them (0-based) is the correct one.
 */
public record QuestionContent(String text, List<String> options, int correctIndex) {

    /** Inline keyboards stay readable on a phone with up to six rows. */
    public static final int MAX_OPTIONS = 6;

    public QuestionContent {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new CourseContentException(Problem.TITLE_MISSING);
        }
        if (text.length() > QuizQuestion.TEXT_LENGTH) {
            throw new CourseContentException(Problem.TEXT_TOO_LONG);
        }
        if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS
                || correctIndex < 0 || correctIndex >= options.size()
                || options.stream().anyMatch(o -> o == null || o.isBlank())) {
            throw new CourseContentException(Problem.QUESTION_OPTIONS_INVALID);
        }
        options = options.stream().map(String::strip).toList();
        if (options.stream().anyMatch(o -> o.length() > QuizOption.TEXT_LENGTH)) {
            throw new CourseContentException(Problem.TEXT_TOO_LONG);
        }
    }
}
