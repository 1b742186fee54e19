package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.indicator.JalaliMonth;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonAudience;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.LicenceNumber;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * «کانون من» through the real TelegramBots client and the fake Bot API: the card of the kanoon one
 * manages with its last rolled-up months beside its county's average (or a line saying there are none),
 * the licence's PDF sent again through the outbox, a revoked licence not sent, a forged
 * kanoon id in a button that shows nothing, and the young deputy named, refused with reasons, asked
 * in their own chat and accepting there.
 */
class MyKanoonEndToEndTest extends EndToEnd {

    @Test
    void theManagerSeesTheCardGetsTheLicenceAgainAndAForgedKanoonIdShowsNothing() throws Exception {
        Chat manager = Chat.newPerson(api);
        Long managerId = personOf(Managers.register(manager, "زهرا"));
        String tag = tag();
        Licence licence = kanoonWithLicence("کانون ریحانه " + tag, managerId);
        Licence other = kanoonWithLicence("کانون دیگر " + tag, null);
        // Two on the roster of the manager's kanoon, one on the other's: the card counts its own.
        for (Long kanoonId : new Long[] {licence.getKanoonId(), licence.getKanoonId(), other.getKanoonId()}) {
            bot.jdbc().update("INSERT INTO kanoon_member (kanoon_id, first_name, last_name, gender, birth_year, role,"
                    + " created_at, updated_at) VALUES (?, 'عضو', 'آزمون', 'FEMALE', 1385, 'MEMBER', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)", kanoonId);
        }

        // Rolled-up months of 1382 (no roll-up touches them): four of the manager's kanoon, of which the card
        // shows the last three beside Arak's average per kanoon (none summed for Khordad), and a newer one of
        // the other kanoon that must not show.
        monthFigures(licence.getKanoonId(), 138201, 9, 900, "91.0");
        monthFigures(licence.getKanoonId(), 138202, 2, 40, "55.5");
        monthFigures(licence.getKanoonId(), 138203, 0, 0, "10.0");
        monthFigures(licence.getKanoonId(), 138204, 4, 120, "72.5");
        monthFigures(other.getKanoonId(), 138205, 77, 7777, "99.9");
        bot.jdbc().update("DELETE FROM region_month_figures WHERE month_key BETWEEN 138201 AND 138212");
        arakFigures(138202, "BROTHERS", 1, 1, 10, "30.0");
        arakFigures(138202, "SISTERS", 1, 2, 40, "50.0");
        arakFigures(138204, "SISTERS", 4, 6, 200, "150.0");

        SentMessage menu = manager.command("/menu", "چه کاری می‌خواهید");
        assertThat(menu.replyButtonTexts()).contains("کانون من");
        SentMessage card = manager.says("کانون من", "کانون «کانون ریحانه " + tag + "»");
        assertThat(card.text()).contains("مسجد کانون ریحانه " + tag, "شهرستان اراک", "استان مرکزی",
                PersianText.toPersianDigits(licence.getNumber()),
                JalaliDate.from(licence.getValidUntil()).formatLong(), "وضعیت مجوز: معتبر", "جانشین: ندارد",
                "وضعیت کانون: فعال", "شمار اعضا: ۲ نفر");
        assertThat(card.text()).contains("کارنامه‌ی کانون (در پرانتز میانگین هر کانون شهرستان اراک):\n"
                + "• " + new JalaliMonth(1382, 4).label() + ": گزارش پذیرفته ۴ (۱٫۵)، شرکت‌کننده ۱۲۰ (۵۰)، امتیاز ۷۲٫۵ (۳۷٫۵)\n"
                + "• " + new JalaliMonth(1382, 3).label() + ": گزارش پذیرفته ۰ (—)، شرکت‌کننده ۰ (—)، امتیاز ۱۰ (—)\n"
                + "• " + new JalaliMonth(1382, 2).label() + ": گزارش پذیرفته ۲ (۱٫۵)، شرکت‌کننده ۴۰ (۲۵)، امتیاز ۵۵٫۵ (۴۰)");
        assertThat(card.text()).doesNotContain(new JalaliMonth(1382, 1).label(), new JalaliMonth(1382, 5).label());

        manager.press(card, "ارسال دوباره‌ی پروانه", "همین حالا برایتان فرستاده می‌شود");
        SentMessage pdf = api.awaitMessageTo(manager.userId, m -> m.method().equals("sendDocument"), Chat.PATIENCE);
        assertThat(pdf.fileName()).isEqualTo("licence-" + licence.getNumber() + ".pdf");
        assertThat(new String(pdf.fileBytes(), 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.caption()).contains("کانون ریحانه " + tag, PersianText.toPersianDigits(licence.getNumber()));

        // The same button with another kanoon's id, in the current keyboard's stamp: a refusal, no data.
        card = manager.says("کانون من", "کانون «کانون ریحانه " + tag + "»");
        for (String buttonText : new String[] {"ارسال دوباره‌ی پروانه", "جانشین"}) {
            String forged = card.callbackDataOf(buttonText).replaceAll(":[0-9]+$", ":" + other.getKanoonId());
            SentMessage refusal = manager.expectReply(api.pressButton(manager.userId, card.messageId(), forged),
                    "به کانونی نیست که شما مدیر آن باشید");
            assertThat(refusal.text()).doesNotContain("کانون دیگر", PersianText.toPersianDigits(other.getNumber()));
        }
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'LICENCE_COPY'"
                + " AND body LIKE ?", Integer.class, "%" + other.getNumber() + "%")).isZero();

        // A revoked licence is not sent again.
        bot.jdbc().update("UPDATE licence SET status = 'REVOKED', status_reason = 'آزمون' WHERE id = ?",
                licence.getId());
        card = manager.says("کانون من", "وضعیت مجوز: لغوشده");
        manager.press(card, "ارسال دوباره‌ی پروانه", "لغو شده است و دوباره فرستاده نمی‌شود");

        // Someone who manages no kanoon is told why there is nothing to show.
        Chat newcomer = Chat.newPerson(api);
        newcomer.command("/start", "چه کاری می‌خواهید");
        newcomer.says("کانون من", "برای مدیر یک کانون فعال است");
    }

    @Test
    void theManagerNamesAYoungDeputyWhoAcceptsInTheirOwnChat() throws Exception {
        Chat manager = Chat.newPerson(api);
        String managerCode = Managers.register(manager, "مریم");
        Long managerId = personOf(managerCode);
        String tag = tag();
        kanoonWithLicence("کانون نور " + tag, managerId);
        Chat deputy = Chat.newPerson(api);
        String deputyCode = Managers.register(deputy, "علی");
        Long deputyId = personOf(deputyCode);

        SentMessage card = manager.says("کانون من", "جانشین: ندارد");
        assertThat(card.text()).contains("کارنامه‌ی کانون: هنوز آمار ماهانه‌ی این کانون جمع‌بندی نشده است.");
        SentMessage none = manager.press(card, "جانشین", "جانشین ندارد");
        assertThat(none.text()).contains("کمتر از ۳۰ سال");
        manager.press(none, "معرفی جانشین", "کد ملی یا شماره‌ی همراه جانشین");
        manager.says("سلام", "نه کد ملی درستی است و نه شماره‌ی همراه");
        manager.says(managerCode, "مدیر نمی‌تواند جانشین خودش باشد");
        manager.says(Chat.newNationalCode(), "ثبت‌نام نکرده است");
        // Registered with a birth date in 1375: thirty years old, too old for the default setting of 30.
        bot.jdbc().update("UPDATE person SET birth_date = ? WHERE id = ?", LocalDate.now().minusYears(31), deputyId);
        manager.says(deputyCode, "کمتر از ۳۰ سال سن داشته باشد");
        bot.jdbc().update("UPDATE person SET birth_date = ? WHERE id = ?", LocalDate.now().minusYears(22), deputyId);
        manager.says(Chat.persianDigits(deputyCode), "جانشینی کانون «کانون نور " + tag + "» را بپذیرد");

        SentMessage invitation = deputy.awaitMessage("شما را جانشین خود معرفی کرده است");
        assertThat(invitation.text()).contains("کانون نور " + tag, "مریم");
        assertThat(invitation.replyButtonTexts()).containsExactly("می‌پذیرم، جانشین می‌شوم", "نمی‌پذیرم");
        // Until the answer the manager sees the nomination waiting.
        manager.says("کانون من", "(هنوز پاسخ نداده است)");

        deputy.says("می‌پذیرم، جانشین می‌شوم", "شما جانشین کانون «کانون نور " + tag + "» شدید");
        manager.awaitMessage("جانشینی کانون «کانون نور " + tag + "» را پذیرفت");
        assertThat(bot.jdbc().queryForObject("SELECT status FROM kanoon_deputy WHERE person_id = ?", String.class,
                deputyId)).isEqualTo("ACTIVE");
        assertThat(manager.says("کانون من", "کانون «کانون نور " + tag + "»").text()).contains("جانشین: علی");
        // Answering again: nothing waits any more.
        deputy.says("نمی‌پذیرم", "منتظر پاسخ شما نیست");

        // The manager removes the deputy, who is told.
        card = manager.says("کانون من", "جانشین: علی");
        SentMessage current = manager.press(card, "جانشین", "جانشین کانون «کانون نور " + tag + "»: علی");
        manager.press(current, "برداشتن جانشین", "دیگر جانشین کانون");
        deputy.awaitMessage("شما را از جانشینی این کانون برداشت");
        assertThat(bot.jdbc().queryForObject("SELECT status FROM kanoon_deputy WHERE person_id = ?", String.class,
                deputyId)).isEqualTo("REMOVED");
    }

    @Test
    void theInvitationsAnswerReachesTheDeputyInTheMiddleOfAnotherFlow() throws Exception {
        Chat manager = Chat.newPerson(api);
        Long managerId = personOf(Managers.register(manager, "زهرا"));
        String tag = tag();
        kanoonWithLicence("کانون مهر " + tag, managerId);
        Chat deputy = Chat.newPerson(api);
        String deputyCode = Managers.register(deputy, "رضا");
        Long deputyId = personOf(deputyCode);
        bot.jdbc().update("UPDATE person SET birth_date = ? WHERE id = ?", LocalDate.now().minusYears(22), deputyId);

        // The deputy-to-be is asked for a ticket's question when the invitation arrives.
        SentMessage categories = deputy.says("تماس با کارشناس", "درباره‌ی چیست");
        deputy.press(categories, "راهنمای کار با بات", "پرسش یا درخواست خود را");
        SentMessage card = manager.says("کانون من", "جانشین: ندارد");
        SentMessage none = manager.press(card, "جانشین", "جانشین ندارد");
        manager.press(none, "معرفی جانشین", "کد ملی یا شماره‌ی همراه جانشین");
        manager.says(deputyCode, "جانشینی کانون «کانون مهر " + tag + "» را بپذیرد");
        deputy.awaitMessage("شما را جانشین خود معرفی کرده است");

        // The invitation's button answers the invitation, not the ticket's question; the ticket is left.
        deputy.says("نمی‌پذیرم", "جانشین کانون «کانون مهر " + tag + "» نشدید");
        manager.awaitMessage("جانشینی کانون «کانون مهر " + tag + "» را نپذیرفت");
        assertThat(bot.jdbc().queryForObject("SELECT status FROM kanoon_deputy WHERE person_id = ?", String.class,
                deputyId)).isEqualTo("DECLINED");
        assertThat(bot.jdbc().queryForObject("SELECT COUNT(*) FROM ticket_message WHERE body LIKE ?", Integer.class,
                "%نمی‌پذیرم%")).isZero();
    }

    private static Long personOf(String nationalCode) {
        return bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class, nationalCode);
    }

    private static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** The kanoon's summary row of a month, as the roll-up writes it. */
    private static void monthFigures(long kanoonId, int monthKey, int reports, int participants, String score) {
        bot.jdbc().update("INSERT INTO kanoon_month_figures (kanoon_id, month_key, province_id, county_id, audience,"
                + " rural, accepted_reports, participants, corridors, regular_months, has_manager, training_done,"
                + " licence_valid, members, young_manager, score, weights_version) SELECT id, ?, province_id,"
                + " county_id, audience, FALSE, ?, ?, 1, 1, TRUE, TRUE, TRUE, 0, FALSE, ?, 1 FROM kanoon WHERE id = ?",
                monthKey, reports, participants, new BigDecimal(score), kanoonId);
    }

    /** Arak's summary row of a month for one kanoon type. */
    private static void arakFigures(int monthKey, String audience, int kanoons, int reports, long participants,
                                    String scoreSum) {
        Long arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow().getId();
        bot.jdbc().update("INSERT INTO region_month_figures (level, region_id, month_key, audience, rural, kanoons,"
                + " reporting_kanoons, accepted_reports, participants, corridors_sum, regular_sum, managers,"
                + " trained_managers, valid_licences, members, young_managers, tenure_days_sum, tenure_count,"
                + " manager_changes, score_sum) VALUES ('COUNTY', ?, ?, ?, FALSE, ?, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0,"
                + " 0, 0, ?)", arak, monthKey, audience, kanoons, reports, participants, new BigDecimal(scoreSum));
    }

    /** An active kanoon in Arak with a licence valid for three years from today. */
    private static Licence kanoonWithLicence(String name, Long managerId) {
        County arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow();
        Long province = arak.getProvince().getId();
        String provinceCode = bot.jdbc().queryForObject("SELECT code FROM province WHERE id = ?", String.class,
                province);
        LocalDate today = JalaliDate.today(bot.bean(Clock.class)).toLocalDate();
        return bot.bean(TransactionTemplate.class).execute(s -> {
            Mosque mosque = bot.bean(MosqueRepository.class).save(new Mosque("مسجد " + name, province, arak.getId(),
                    null, false, Instant.now()));
            Kanoon kanoon = bot.bean(KanoonRepository.class).save(new Kanoon(name, mosque.getId(), province,
                    arak.getId(), KanoonAudience.SISTERS, managerId, today, Instant.now()));
            return bot.bean(LicenceRepository.class).save(new Licence(LicenceNumber.generate(provinceCode,
                    JalaliDate.from(today).year()), kanoon.getId(), null, today, today.plusYears(3).minusDays(1),
                    Instant.now()));
        });
    }
}
