package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import org.junit.jupiter.api.Test;

/**
 * A service request through the real TelegramBots client and the fake Bot API: filed from «درخواست
 * جدید», it opens a ticket too, and the bot's confirmation names that ticket beside the tracking code.
 */
class ServiceRequestEndToEndTest extends EndToEnd {

    @Test
    void aFiledServiceRequestOpensATicketAndTheConfirmationNamesIt() {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "فاطمه");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);
        kanoonManagedBy(personId);

        manager.command("/menu", "چه کاری می‌خواهید");
        SentMessage types = manager.says("درخواست جدید", "نوع درخواست");
        SentMessage kanoons = manager.press(types, "درخواست خدمت", "کانون مورد نظر");
        SentMessage kinds = manager.press(kanoons, "کانون خدمت", "چه خدمتی");
        manager.press(kinds, "آموزش", "نیاز کانون را");
        SentMessage document = manager.says("کارگاه قصه‌گویی برای مربیان", "پیوست");
        SentMessage summary = manager.press(document, "رد شدن", "خلاصه");
        SentMessage confirmed = manager.press(summary, "تأیید و ارسال", "کد رهگیری");

        Map<String, Object> ticket = bot.jdbc().queryForMap("SELECT t.id, t.category, r.type"
                + " FROM ticket t JOIN request r ON r.id = t.request_id WHERE t.person_id = ?", personId);
        assertThat(ticket.get("category")).isEqualTo("TRAINING");
        assertThat(ticket.get("type")).isEqualTo("SERVICE_REQUEST");
        assertThat(confirmed.text()).contains("درخواست خدمت", "تیکت " + Chat.persianDigits(ticket.get("id").toString()));
    }

    private static void kanoonManagedBy(Long personId) {
        County arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow();
        Long province = arak.getProvince().getId();
        Mosque mosque = bot.bean(MosqueRepository.class).save(new Mosque("مسجد خدمت", province, arak.getId(), "اراک",
                false, Instant.now()));
        bot.bean(KanoonRepository.class).save(new Kanoon("کانون خدمت", mosque.getId(), province, arak.getId(),
                KanoonAudience.BROTHERS, personId, LocalDate.of(2024, 1, 1), Instant.now()));
    }
}
