package ir.kanoonyar.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import com.lowagie.text.pdf.PdfReader;
import ir.kanoonyar.bot.fakeapi.SentMessage;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Actor;
import ir.kanoonyar.db.request.ActorRole;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Establishments;
import ir.kanoonyar.db.request.Inquiry;
import ir.kanoonyar.db.request.InquiryRepository;
import ir.kanoonyar.db.request.InquiryRequirement;
import ir.kanoonyar.db.request.InquiryRequirementRepository;
import ir.kanoonyar.db.request.InquiryResult;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestDrafts;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.db.request.ReviewLevel;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the province approves an establishment, its applicant (now the kanoon's manager) gets the
 * licence's number and expiry and the licence itself as a PDF document, through the real TelegramBots
 * client and the fake Bot API.
 */
class LicenceDeliveryEndToEndTest extends EndToEnd {

    @Test
    void theManagerReceivesTheLicenceNumberExpiryAndPdfOnApproval() throws Exception {
        Chat manager = Chat.newPerson(api);
        String nationalCode = Managers.register(manager, "زهرا");
        Long personId = bot.jdbc().queryForObject("SELECT id FROM person WHERE national_code = ?", Long.class,
                nationalCode);

        Long requestId = establishmentAtProvinceReview(personId);
        inTx(requestId, r -> bot.bean(RequestWorkflow.class).approve(r, ReviewLevel.PROVINCE,
                new Actor("demo-province", ActorRole.PROVINCE_STAFF), "تأیید شد"));

        Licence licence = bot.bean(LicenceRepository.class).findFirstByRequestIdOrderByIdAsc(requestId).orElseThrow();
        SentMessage pdf = api.awaitMessageTo(manager.userId, m -> m.method().equals("sendDocument"), Chat.PATIENCE);
        assertThat(pdf.fileName()).isEqualTo("licence-" + licence.getNumber() + ".pdf");
        assertThat(pdf.caption()).contains("کانون فرهنگی هنری ریحانه",
                PersianText.toPersianDigits(licence.getNumber()),
                JalaliDate.from(licence.getValidUntil()).formatLong());
        assertThat(new String(pdf.fileBytes(), 0, 5)).isEqualTo("%PDF-");
        // The same one-page licence the back-office prints, titled with its number.
        PdfReader reader = new PdfReader(pdf.fileBytes());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getInfo().get("Title")).contains(licence.getNumber());
    }

    /** An establishment in Arak, past the county, with its consents signed and every inquiry clear. */
    static Long establishmentAtProvinceReview(Long applicantId) {
        County arak = bot.bean(CountyRepository.class).findByCode("0001").orElseThrow();
        String markazi = bot.jdbc().queryForObject("SELECT code FROM province WHERE id = ?", String.class,
                arak.getProvince().getId());
        RequestWorkflow workflow = bot.bean(RequestWorkflow.class);
        ConsentRepository consents = bot.bean(ConsentRepository.class);
        TransactionTemplate tx = bot.bean(TransactionTemplate.class);
        Long id = bot.bean(RequestDrafts.class).start(RequestType.ESTABLISHMENT, applicantId,
                arak.getProvince().getId(), arak.getId()).getId();
        inTx(id, r -> Establishments.answers(markazi, arak.getCode()).forEach(r::answer));
        tx.executeWithoutResult(s -> {
            Request request = bot.bean(RequestRepository.class).findById(id).orElseThrow();
            for (ConsentRole role : workflow.routeOf(request).consentRoles()) {
                consents.save(new Consent(id, role, "09120000000", Instant.now()));
            }
        });
        inTx(id, r -> workflow.submit(r, Actor.person(applicantId, ActorRole.APPLICANT)));
        for (Consent consent : consents.findByRequestId(id)) {
            Long signer = bot.bean(PersonRepository.class).save(new Person(Instant.now())).getId();
            inTx(id, r -> workflow.recordConsent(r, consents.findById(consent.getId()).orElseThrow(), true, signer,
                    null));
        }
        inTx(id, r -> workflow.approve(r, ReviewLevel.COUNTY, new Actor("demo-county", ActorRole.COUNTY_STAFF), null));
        tx.executeWithoutResult(s -> {
            for (InquiryRequirement requirement : bot.bean(InquiryRequirementRepository.class)
                    .findByRequestType(RequestType.ESTABLISHMENT)) {
                Inquiry inquiry = new Inquiry(id, requirement.getInquiryType(), LocalDate.now(),
                        LocalDate.now().plusDays(14), "demo-province", Instant.now());
                inquiry.recordAnswer(InquiryResult.CLEAR, LocalDate.now(), "ref", null, null);
                bot.bean(InquiryRepository.class).save(inquiry);
            }
        });
        return id;
    }

    static void inTx(Long requestId, Consumer<Request> action) {
        bot.bean(TransactionTemplate.class).executeWithoutResult(
                s -> action.accept(bot.bean(RequestRepository.class).findById(requestId).orElseThrow()));
    }
}
