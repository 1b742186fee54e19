package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an applicant's chat receives about an establishment request, read from the fake Bot API: every
 * notice names the request's type and its tracking code in Persian digits, and they come in the order
 * things happened: the last signature before «all signed», then the county's forwarding, then the decision.
 */
class NoticeOrderEndToEndTest extends EndToEnd {

    @Test
    void theApplicantHearsOfEachSignatureThenOfAllSignedThenOfTheReviewsEachNamingTheRequest() {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "زینب");
        Chat imam = Chat.newPerson(api);
        Chat trustee = Chat.newPerson(api);
        String imamMobile = EstablishmentEndToEndTest.newMobile();
        String trusteeMobile = EstablishmentEndToEndTest.newMobile();
        List<String> tokens = EstablishmentEndToEndTest.fileEstablishment(manager, imamMobile, trusteeMobile);
        Request filed = latestRequestOf(nationalCode);
        String code = filed.getTrackingCode();
        String shownCode = PersianText.toPersianDigits(code.substring(0, 4) + "-" + code.substring(4, 8) + "-"
                + code.substring(8));
        int before = api.messagesTo(manager.userId).size();

        imam.command("/start", "c_" + tokens.get(0), "امام جماعت");
        SentMessage summary = imam.sharesOwnContact(imamMobile, "آیا با این درخواست موافقید");
        SentMessage comment = imam.press(summary, "موافقم و امضا می‌کنم", "اگر توضیحی دارید");
        imam.press(comment, "بدون توضیح", "امضای شما ثبت شد");
        manager.awaitMessage("امام جماعت رضایت‌نامه‌ی");
        trustee.command("/start", "c_" + tokens.get(1), "رئیس هیئت امنا");
        SentMessage decide = trustee.sharesOwnContact(trusteeMobile, "آیا با این درخواست موافقید");
        SentMessage trusteeComment = trustee.press(decide, "موافقم و امضا می‌کنم", "اگر توضیحی دارید");
        trustee.press(trusteeComment, "بدون توضیح", "امضای شما ثبت شد");
        manager.awaitMessage("همه‌ی رضایت‌نامه‌های");

        review(filed.getId(), ReviewLevel.COUNTY, true, "مدارک کامل است.");
        manager.awaitMessage("برای ستاد استان فرستاده شد");
        review(filed.getId(), ReviewLevel.PROVINCE, false, "این مسجد پیش‌تر کانون دارد.");
        manager.awaitMessage(" رد شد");

        List<String> received = api.messagesTo(manager.userId).stream().skip(before).map(SentMessage::text)
                .filter(text -> text != null && text.contains(shownCode)).toList();
        String named = "درخواست تأسیس کانون \u2066" + shownCode + "\u2069";
        assertThat(received).containsExactly(
                "امام جماعت رضایت‌نامه‌ی " + named + " را امضا کرد.",
                "رئیس هیئت امنا رضایت‌نامه‌ی " + named + " را امضا کرد.",
                "همه‌ی رضایت‌نامه‌های " + named + " امضا شد. درخواست اکنون در انتظار بررسی کارشناس است.",
                named + " در اداره‌ی ارشاد شهرستان بررسی شد و برای ستاد استان فرستاده شد.",
                named + " رد شد. توضیح کارشناس: این مسجد پیش‌تر کانون دارد.");
        assertThat(String.join("\n", received)).doesNotContainPattern("[0-9]");
    }

    private static void review(long requestId, ReviewLevel level, boolean approve, String comment) {
        Actor staff = level == ReviewLevel.COUNTY ? new Actor("demo-county", ActorRole.COUNTY_STAFF)
                : new Actor("demo-province", ActorRole.PROVINCE_STAFF);
        bot.bean(TransactionTemplate.class).executeWithoutResult(s -> {
            Request request = bot.bean(RequestRepository.class).findById(requestId).orElseThrow();
            if (approve) {
                bot.bean(RequestWorkflow.class).approve(request, level, staff, comment);
            } else {
                bot.bean(RequestWorkflow.class).reject(request, level, staff, comment);
            }
        });
    }

    private static Request latestRequestOf(String nationalCode) {
        Long id = bot.jdbc().queryForObject("SELECT MAX(r.id) FROM request r JOIN person p ON p.id = r.applicant_person_id "
                + "WHERE p.national_code = ?", Long.class, nationalCode);
        return bot.bean(RequestRepository.class).findById(id).orElseThrow();
    }
}
