package ir.kanoonyar.db.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import ir.kanoonyar.db.persian.PersianText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the knowledge-base answers that best fit a person's question, among the national ones and
 * those of the person's province. A word of the question found in an answer's title or tags counts
 * three, in its body one; a word that begins another (تجهیز, تجهیزات) counts half. Offering an answer
 * is counted; a question that found nothing is kept as a miss.
 */
@Service
public class KnowledgeSearch {

    /** How many answers the bot offers at most. */
    public static final int OFFERED = 3;

    private final KbAnswerRepository answers;
    private final KbMissRepository misses;
    private final Clock clock;

    public KnowledgeSearch(KbAnswerRepository answers, KbMissRepository misses, Clock clock) {
        this.answers = answers;
        this.misses = misses;
        this.clock = clock;
    }

    /** The best answers for the question, best first (at most {@link #OFFERED}); counted as offered. */
    @Transactional
    public List<KbAnswer> offer(String question, Long provinceId) {
        List<KbAnswer> best = best(question, provinceId);
        if (best.isEmpty()) {
            String text = question == null ? "" : PersianText.normalize(question);
            if (!text.isEmpty()) {
                misses.save(new KbMiss(provinceId, text, clock.instant()));
            }
        } else {
            answers.countOffered(best.stream().map(KbAnswer::getId).toList());
        }
        return best;
    }

    /** The ranking alone, nothing counted. */
    @Transactional(readOnly = true)
    public List<KbAnswer> best(String question, Long provinceId) {
        Set<String> asked = SearchWords.of(question);
        if (asked.isEmpty()) {
            return List.of();
        }
        record Scored(KbAnswer answer, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (KbAnswer answer : answers.visibleIn(provinceId)) {
            Set<String> heading = SearchWords.of(answer.getTitle() + " " + answer.getTags());
            Set<String> body = SearchWords.of(answer.getBody());
            double score = 0;
            for (String word : asked) {
                score += 3 * match(word, heading) + match(word, body);
            }
            if (score > 0) {
                scored.add(new Scored(answer, score));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> s.answer().getId()))
                .limit(OFFERED).map(Scored::answer).toList();
    }

    /** A person opened an answer. */
    @Transactional
    public void opened(Long answerId) {
        answers.countOpened(answerId);
    }

    private static double match(String word, Set<String> words) {
        if (words.contains(word)) {
            return 1;
        }
        if (word.length() >= 3) {
            for (String other : words) {
                if (other.length() >= 3 && (other.startsWith(word) || word.startsWith(other))) {
                    return 0.5;
                }
            }
        }
        return 0;
    }
}
