package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.consultation.ConsultationOutcome;
import ir.kanoonyar.db.consultation.ConsultationThread;
import ir.kanoonyar.db.consultation.Consultations;
import ir.kanoonyar.db.consultation.ExpertProfiles;
import ir.kanoonyar.db.consultation.SubjectKind;
import ir.kanoonyar.db.knowledge.KbAnswer;
import ir.kanoonyar.db.knowledge.KbAnswerRepository;
import ir.kanoonyar.db.knowledge.KnowledgeBase;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.region.ProvinceRepository;
import ir.kanoonyar.db.staff.StaffAccount;
import ir.kanoonyar.db.staff.StaffAccountRepository;
import ir.kanoonyar.db.staff.StaffRole;
import ir.kanoonyar.db.ticket.Ticket;
import ir.kanoonyar.db.ticket.TicketButtons;
import ir.kanoonyar.db.ticket.TicketCategory;
import ir.kanoonyar.db.ticket.TicketLevel;
import ir.kanoonyar.db.ticket.TicketMessage;
import ir.kanoonyar.db.ticket.TicketMessageKind;
import ir.kanoonyar.db.ticket.TicketMessageRepository;
import ir.kanoonyar.db.ticket.TicketRepository;
import ir.kanoonyar.db.ticket.TicketStaff;
import ir.kanoonyar.db.ticket.TicketState;
import ir.kanoonyar.db.ticket.TicketWork;
import org.junit.jupiter.api.Test;

/**
 * A ticket from end to end through the real TelegramBots client and the fake Bot API: the question, the
 * knowledge base's offer (the answer read, with its PDF sent into the chat), «پاسخم را نگرفتم», the county's answer in the chat, a photo and a voice note
 * back, a consultation with an expert of another province about it, "resolved", the rating and its
 * comment; another person's ticket number is refused. This is issue 11's «Done when» walk, with the
 * back-office's steps taken through the services its pages call.
 */
class TicketEndToEndTest extends EndToEnd {

    @Test
    void aQuestionTheKnowledgeBaseCouldNotAnswerIsAnsweredByTheCountyAndRated() {
        String code = Long.toString(100_000 + ThreadLocalRandom.current().nextLong(900_000));
        byte[] guide = ("%PDF-1.4\n% guide " + code + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        KbAnswer answer = bot.bean(KnowledgeBase.class).write(new TicketStaff(nationalAdminId(), "ستاد",
                        StaffRole.NATIONAL_ADMIN, null, null), "خطای " + code + " در بات",
                "این خطا یعنی بات به‌روز می‌شود؛ چند دقیقه بعد دوباره امتحان کنید.", "خطا، بات",
                new KnowledgeBase.Upload(guide, "راهنمای خطا.pdf"));
        Chat manager = Chat.newPerson(api);
        Managers.register(manager, "زهرا");

        SentMessage categories = manager.says("تماس با کارشناس", "درباره‌ی چیست");
        manager.press(categories, "راهنمای کار با بات", "پرسش یا درخواست خود را");
        // Arabic ي and ك, Persian digits: the knowledge base still finds the answer.
        String question = "خطاي " + Chat.persianDigits(code) + " در بات مي‌آيد، چه كنم؟";
        SentMessage offer = manager.says(question, "پرسش‌های پرتکرار");
        assertThat(offer.inlineButtonTexts()).contains(answer.getTitle(), "پاسخم را نگرفتم");
        int read = api.pressButton(manager.userId, offer, answer.getTitle());
        manager.expectReply(read, "چند دقیقه بعد دوباره امتحان کنید");
        // The answer's file follows it into the chat, read from the database when sent, its title as caption.
        SentMessage file = api.awaitMessageTo(manager.userId, m -> "sendDocument".equals(m.method()),
                Duration.ofSeconds(20));
        assertThat(file.fileBytes()).isEqualTo(guide);
        assertThat(file.fileName()).isEqualTo("راهنمای خطا.pdf");
        assertThat(file.caption()).isEqualTo(answer.getTitle());
        SentMessage again = manager.expectReply(read, "پرسش‌های پرتکرار");
        manager.press(again, "پاسخم را نگرفتم", "برای کارشناس شهرستان فرستاده شد");

        Long personId = bot.jdbc().queryForObject("SELECT person_id FROM person_chat WHERE chat_id = ?", Long.class,
                manager.userId);
        Ticket ticket = bot.bean(TicketRepository.class).findTop10ByPersonIdOrderByCreatedAtDesc(personId).get(0);
        County arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow();
        assertThat(ticket.getCountyId()).isEqualTo(arak.getId());
        assertThat(ticket.getLevel()).isEqualTo(TicketLevel.COUNTY);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.BOT_HELP);
        assertThat(bot.bean(KbAnswerRepository.class).findById(answer.getId()).orElseThrow().getOpened()).isEqualTo(1);

        // The county answers from the back-office: the answer reaches the chat with a reply button.
        TicketStaff county = countyStaff(arak);
        TicketWork work = bot.bean(TicketWork.class);
        work.note(county, ticket.getId().toString(), "یادداشت داخلی که نباید فرستاده شود");
        work.answer(county, ticket.getId().toString(), "لطفاً از صفحهٔ خطا عکس بفرستید.");
        String replyButton = TicketButtons.text(TicketButtons.Action.REPLY, ticket.getId());
        SentMessage answered = manager.awaitMessage("لطفاً از صفحهٔ خطا عکس بفرستید.");
        assertThat(answered.replyButtonTexts()).contains(replyButton);
        assertThat(api.messagesTo(manager.userId)).noneMatch(m -> m.textOrCaption() != null
                && m.textOrCaption().contains("یادداشت داخلی"));

        // The person replies with a photo.
        manager.says(replyButton, "پیام خود برای تیکت");
        manager.expectReply(api.sendPhoto(manager.userId, EstablishmentEndToEndTest.JPEG), "افزوده شد");
        // And a voice note, kept as a file too.
        manager.says(replyButton, "پیام خود برای تیکت");
        manager.expectReply(api.sendVoice(manager.userId), "افزوده شد");
        List<TicketMessage> thread = bot.bean(TicketMessageRepository.class)
                .findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
        assertThat(thread).extracting(TicketMessage::getKind).containsExactly(TicketMessageKind.TEXT,
                TicketMessageKind.TEXT, TicketMessageKind.TEXT, TicketMessageKind.PHOTO, TicketMessageKind.VOICE);
        assertThat(thread.get(0).getBody()).isEqualTo(PersianText.normalize(question));
        assertThat(bot.jdbc().queryForObject("SELECT c.content FROM attachment_content c WHERE c.attachment_id = ?",
                byte[].class, thread.get(3).getAttachmentId())).isEqualTo(EstablishmentEndToEndTest.JPEG);
        assertThat(new String(bot.jdbc().queryForObject("SELECT c.content FROM attachment_content c WHERE "
                + "c.attachment_id = ?", byte[].class, thread.get(4).getAttachmentId()), 0, 4)).isEqualTo("OggS");
        assertThat(bot.bean(TicketRepository.class).findById(ticket.getId()).orElseThrow().getState())
                .isEqualTo(TicketState.WAITING_FOR_STAFF);

        // The county asks an expert of Isfahan, who takes consultations, and reads the answer; the ticket stays.
        long expert = expertIn("10");
        ConsultationOutcome asked = bot.bean(Consultations.class).ask(county.accountId(), SubjectKind.TICKET,
                ticket.getId(), ticket.getProvinceId(), List.of(expert), "با خطای به‌روزرسانی بات چه کردید؟",
                "مدیر کانون پس از به‌روزرسانی بات خطا می‌بیند.");
        long consultation = ((ConsultationOutcome.Done) asked).consultationId();
        assertThat(bot.bean(Consultations.class).post(expert, consultation, "پس از ده دقیقه برطرف شد."))
                .isInstanceOf(ConsultationOutcome.Done.class);
        ConsultationThread advice = bot.bean(Consultations.class).thread(county.accountId(), consultation)
                .orElseThrow();
        assertThat(advice.posts()).extracting(ConsultationThread.Post::body).containsExactly("پس از ده دقیقه برطرف شد.");

        // Resolved: the bot asks for 1 to 5 and an optional comment.
        work.resolve(county, ticket.getId().toString());
        SentMessage resolved = manager.awaitMessage("بسته شد");
        String rateButton = TicketButtons.text(TicketButtons.Action.RATE, ticket.getId());
        assertThat(resolved.replyButtonTexts()).contains(rateButton);
        SentMessage stars = manager.says(rateButton, "از ۱ (ضعیف) تا ۵ (عالی)");
        assertThat(stars.inlineButtonTexts()).containsExactly("۱", "۲", "۳", "۴", "۵");
        manager.says("۹", "امتیاز باید عددی از ۱ تا ۵ باشد");
        manager.press(stars, "۵", "امتیاز ۵ ثبت شد");
        manager.says("خیلی سریع پاسخ دادند", "سپاس از شما");
        Ticket rated = bot.bean(TicketRepository.class).findById(ticket.getId()).orElseThrow();
        assertThat(rated.getRating()).isEqualTo(5);
        assertThat(rated.getRatingComment()).isEqualTo("خیلی سریع پاسخ دادند");

        // Another person typing this ticket's button is refused, and nothing is added to it.
        Chat stranger = Chat.newPerson(api);
        Managers.register(stranger, "علی");
        stranger.says(replyButton, "این تیکت پیدا نشد");
        stranger.says(TicketButtons.text(TicketButtons.Action.RATE, ticket.getId()), "این تیکت پیدا نشد");
        assertThat(bot.bean(TicketMessageRepository.class).findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()))
                .hasSize(5);
    }

    /** A staff member of the province with this code who takes consultations. */
    private static long expertIn(String provinceCode) {
        String name = "e2e-expert-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long province = bot.bean(ProvinceRepository.class).findByCode(provinceCode).orElseThrow().getId();
        long id = bot.bean(StaffAccountRepository.class).save(StaffAccount.province(name, "x", "کارشناس اصفهان",
                province, "test", Instant.now())).getId();
        assertThat(bot.bean(ExpertProfiles.class).update(id, "بات", true)).isEmpty();
        return id;
    }

    private static long nationalAdminId() {
        String name = "e2e-national-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        return bot.bean(StaffAccountRepository.class).save(StaffAccount.national(name, "x", "ستاد", "test",
                Instant.now())).getId();
    }

    private static TicketStaff countyStaff(County county) {
        String name = "e2e-county-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        StaffAccount account = bot.bean(StaffAccountRepository.class).save(StaffAccount.county(name, "x", "کارشناس اراک",
                county.getProvince().getId(), county.getId(), "test", Instant.now()));
        return TicketWork.asStaff(account);
    }
}
