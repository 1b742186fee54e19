package ir.kanoonyar.bot.flows;

import static ir.kanoonyar.bot.conversation.ConversationHarness.labels;
import static ir.kanoonyar.bot.conversation.ConversationHarness.last;
import static ir.kanoonyar.bot.conversation.ConversationHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import ir.kanoonyar.bot.conversation.ButtonCodec;
import ir.kanoonyar.bot.conversation.ButtonData;
import ir.kanoonyar.bot.conversation.ConversationHarness;
import ir.kanoonyar.bot.conversation.Flow;
import ir.kanoonyar.bot.conversation.Reply;
import ir.kanoonyar.bot.conversation.Text;
import ir.kanoonyar.bot.conversation.Texts;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.training.Course;
import ir.kanoonyar.db.training.CourseProgress;
import ir.kanoonyar.db.training.CourseVersion;
import ir.kanoonyar.db.training.Enrolment;
import ir.kanoonyar.db.training.EnrolmentRepository;
import ir.kanoonyar.db.training.Enrolments;
import ir.kanoonyar.db.training.QuizGrading;
import ir.kanoonyar.db.training.QuizOption;
import ir.kanoonyar.db.training.QuizQuestion;
import ir.kanoonyar.db.training.QuizStep;
import org.junit.jupiter.api.Test;

/**
 * Training holds no conversation state but a quiz question waiting for its answer: each list and button
 * is answered and the chat stays at the main menu. Lessons and quizzes in depth are in
 * TrainingEndToEndTest, on MariaDB.
 */
class TrainingFlowTest {

    private static final long ME = 1;

    private final Texts texts = new Texts();
    private final PersonRepository persons = mock(PersonRepository.class);
    private final Enrolments enrolments = mock(Enrolments.class);
    private final EnrolmentRepository enrolmentRows = mock(EnrolmentRepository.class);
    private final QuizGrading grading = mock(QuizGrading.class);
    private final ConversationHarness chat = new ConversationHarness(Mocked.build(TrainingFlow.class, texts, persons,
            enrolments, enrolmentRows, grading));
    private final Person person = mock(Person.class);

    {
        when(person.getId()).thenReturn(ME);
        when(person.isRegistered()).thenReturn(true);
        when(persons.findById(ME)).thenReturn(Optional.of(person));
    }

    @Test
    void trainingIsForRegisteredManagers() {
        assertThat(texts(chat.begin(TrainingFlow.ID, null))).containsExactly(texts.get(Text.TRAINING_REGISTER_FIRST));
        assertThat(texts(chat.begin(TrainingFlow.ID, new ButtonData.TrainingOpen(3)))).containsExactly(
                texts.get(Text.TRAINING_REGISTER_FIRST));
        verify(enrolments, never()).enrol(person, 3);
    }

    @Test
    void noCourseSaysSo() {
        chat.as(ME);

        assertThat(texts(chat.begin(TrainingFlow.ID, null))).containsExactly(texts.get(Text.TRAINING_NONE));
    }

    @Test
    void theListShowsEachCourseWithItsStatusAndAButtonToOpenIt() {
        chat.as(ME);
        Course course = mock(Course.class);
        when(course.getId()).thenReturn(3L);
        CourseVersion version = mock(CourseVersion.class);
        when(version.getTitle()).thenReturn("آشنایی با کانون");
        when(enrolments.coursesOf(person)).thenReturn(List.of(new CourseProgress(course, version, null, 4)));

        Reply list = last(chat.begin(TrainingFlow.ID, null));

        assertThat(list.text()).startsWith(texts.get(Text.TRAINING_LIST_TITLE))
                .contains(texts.get(Text.TRAINING_LINE, 1, "آشنایی با کانون", texts.get(Text.TRAINING_STATUS_NEW)));
        assertThat(labels(list)).containsExactly("آشنایی با کانون");
        assertThat(ButtonCodec.decode(list.keyboard().rows().get(0).get(0).data(), chat.state().stamp))
                .contains(new ButtonData.TrainingOpen(3));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aLessonOfSomeoneElsesEnrolmentIsGone() {
        chat.as(ME);
        Enrolment theirs = mock(Enrolment.class);
        when(theirs.getPersonId()).thenReturn(99L);
        when(enrolmentRows.findById(8L)).thenReturn(Optional.of(theirs));

        assertThat(texts(chat.begin(TrainingFlow.ID, new ButtonData.TrainingGo(8, 2)))).containsExactly(
                texts.get(Text.TRAINING_COURSE_GONE));
        verify(enrolments, never()).moveTo(anyLong(), anyInt());
    }

    @Test
    void aCourseNoLongerOfferedIsGone() {
        chat.as(ME);

        assertThat(texts(chat.begin(TrainingFlow.ID, new ButtonData.TrainingOpen(3)))).containsExactly(
                texts.get(Text.TRAINING_COURSE_GONE));
    }

    /** Enrolment 8 of mine, in its quiz at question 21 («پایتخت ایران؟»): تهران (31) or اصفهان (32). */
    private QuizStep.Ask aQuestionIsAsked() {
        chat.as(ME);
        Enrolment mine = mock(Enrolment.class);
        when(mine.getId()).thenReturn(8L);
        when(mine.getPersonId()).thenReturn(ME);
        when(mine.isInQuiz()).thenReturn(true);
        when(enrolmentRows.findById(8L)).thenReturn(Optional.of(mine));
        QuizQuestion question = mock(QuizQuestion.class);
        when(question.getId()).thenReturn(21L);
        when(question.getText()).thenReturn("پایتخت ایران؟");
        QuizOption tehran = option(31L, "تهران");
        QuizOption isfahan = option(32L, "اصفهان");
        QuizStep.Ask ask = new QuizStep.Ask(mine, question, List.of(tehran, isfahan), 1, 3);
        when(grading.start(8L)).thenReturn(ask);
        return ask;
    }

    private static QuizOption option(long id, String text) {
        QuizOption option = mock(QuizOption.class);
        when(option.getId()).thenReturn(id);
        when(option.getText()).thenReturn(text);
        return option;
    }

    @Test
    void aQuestionKeepsTheChatInTheQuiz() {
        aQuestionIsAsked();

        Reply question = last(chat.begin(TrainingFlow.ID, new ButtonData.TrainingQuiz(8)));

        assertThat(question.text()).isEqualTo(texts.get(Text.TRAINING_QUESTION, 1, 3, "پایتخت ایران؟"));
        assertThat(labels(question)).containsExactly("تهران", "اصفهان");
        assertThat(chat.flow()).isEqualTo(TrainingFlow.ID);
        assertThat(chat.step()).isEqualTo(TrainingFlow.QUIZ);
    }

    @Test
    void somethingElseTypedAsksTheQuestionAgainWithButtonsThatWork() {
        aQuestionIsAsked();
        chat.begin(TrainingFlow.ID, new ButtonData.TrainingQuiz(8));

        List<Reply> replies = chat.text("نمی‌دانم");

        assertThat(texts(replies)).containsExactly(texts.get(Text.TRAINING_ANSWER_WITH_BUTTONS),
                texts.get(Text.TRAINING_QUESTION, 1, 3, "پایتخت ایران؟"));
        assertThat(chat.step()).isEqualTo(TrainingFlow.QUIZ);
        when(grading.answer(8L, 21L, 32L)).thenReturn(new QuizStep.Wait(ConversationHarness.NOW));
        chat.press(last(replies), "اصفهان");
        verify(grading).answer(8L, 21L, 32L);
    }

    @Test
    void anOptionTypedAnswersTheQuestion() {
        aQuestionIsAsked();
        chat.begin(TrainingFlow.ID, new ButtonData.TrainingQuiz(8));
        when(grading.answer(8L, 21L, 31L)).thenReturn(new QuizStep.Wait(ConversationHarness.NOW));

        chat.text(" تهران ");

        verify(grading).answer(8L, 21L, 31L);
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }

    @Test
    void aQuizEndedElsewhereShowsTheCourses() {
        aQuestionIsAsked();
        chat.begin(TrainingFlow.ID, new ButtonData.TrainingQuiz(8));
        when(enrolmentRows.findById(8L)).thenReturn(Optional.empty());

        assertThat(texts(chat.text("تهران"))).containsExactly(texts.get(Text.TRAINING_NONE));
        assertThat(chat.flow()).isEqualTo(Flow.MENU);
    }
}
