package ir.kanoonyar.db.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import ir.kanoonyar.testsupport.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The knowledge base finds answers whatever Persian spelling the question uses, and keeps what found nothing. */
class KnowledgeSearchOnMariaDbTest extends MariaDbTest {

    @Autowired
    KnowledgeSearch search;
    @Autowired
    KbAnswerRepository answers;
    @Autowired
    JdbcTemplate jdbc;

    private KbAnswer licence;
    private KbAnswer equipment;
    private Long otherProvince;

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM kb_answer");
        jdbc.update("DELETE FROM kb_miss");
        otherProvince = jdbc.queryForObject("SELECT MAX(id) FROM province", Long.class);
        licence = answers.save(new KbAnswer(null, "تمدید مجوز کانون", "از منوی بات «درخواست جدید» و سپس «تمدید مجوز» "
                + "را بزنید؛ شاخص‌های کانون خودکار پیوست می‌شود.", "مجوز، تمدید، پروانه", "test", Instant.now()));
        equipment = answers.save(new KbAnswer(null, "درخواست تجهیزات", "برای بلندگو و ویدئوپروژکتور درخواست خدمت "
                + "ثبت کنید.", "تجهیزات، بلندگو", "test", Instant.now()));
        answers.save(new KbAnswer(otherProvince, "تمدید مجوز در استان دیگر", "فقط برای آن استان", "مجوز",
                "test", Instant.now()));
    }

    @Test
    void arabicLettersHalfSpacesDigitsAndDiacriticsFindTheSameAnswer() {
        Long province = jdbc.queryForObject("SELECT MIN(id) FROM province", Long.class);
        for (String question : List.of("چطور مجوز کانون را تمدید کنم؟", "چطور مجوز كانون را تمديد كنم",
                "تمدیدِ مجوّزِ کانون", "مجوز ۳ ساله کانون تمديد")) {
            assertThat(search.best(question, province)).as(question).first().extracting(KbAnswer::getId)
                    .isEqualTo(licence.getId());
        }
        assertThat(search.best("نیاز به تجهیز داریم", province)).extracting(KbAnswer::getId)
                .containsExactly(equipment.getId());
        // «شاخص‌ها» written with a space or without the half-space is the same word.
        assertThat(search.best("شاخصها", province)).extracting(KbAnswer::getId).contains(licence.getId());
    }

    @Test
    void anotherProvincesAnswerIsNotOfferedAndOffersAndMissesAreCounted() {
        Long province = jdbc.queryForObject("SELECT MIN(id) FROM province", Long.class);
        List<KbAnswer> offered = search.offer("تمدید مجوز", province);
        assertThat(offered).extracting(KbAnswer::getProvinceId).containsOnlyNulls();
        assertThat(answers.findById(licence.getId()).orElseThrow().getOffered()).isEqualTo(1);

        assertThat(search.offer("ساعت کاری اداره ارشاد", province)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT question FROM kb_miss", String.class)).isEqualTo("ساعت کاری اداره ارشاد");

        search.opened(licence.getId());
        assertThat(answers.findById(licence.getId()).orElseThrow().getOpened()).isEqualTo(1);
    }
}
