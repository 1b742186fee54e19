package ir.kanoonyar.db.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldKeys;
import ir.kanoonyar.db.person.Channel;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.person.PersonChat;
import ir.kanoonyar.db.person.PersonChatRepository;
import ir.kanoonyar.db.person.PersonRepository;
import ir.kanoonyar.db.region.County;
import ir.kanoonyar.db.region.CountyRepository;
import ir.kanoonyar.db.request.Consent;
import ir.kanoonyar.db.request.ConsentRepository;
import ir.kanoonyar.db.request.ConsentRole;
import ir.kanoonyar.db.request.Establishments;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestRepository;
import ir.kanoonyar.db.request.RequestType;
import ir.kanoonyar.db.request.RequestWorkflow;
import ir.kanoonyar.testsupport.MariaDbTest;
import ir.kanoonyar.testsupport.RandomPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imam, the head of trustees and the applicant are three different people: as the numbers are
 * typed, when the request is filed, and when a signer signs.
 */
class ConsentSignersOnMariaDbTest extends MariaDbTest {

    @Autowired
    ConsentSigners signers;
    @Autowired
    RequestSubmission submission;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestRepository requests;
    @Autowired
    ConsentRepository consents;
    @Autowired
    PersonRepository persons;
    @Autowired
    CountyRepository counties;
    @Autowired
    PersonChatRepository chats;
    @Autowired
    TransactionTemplate tx;

    private Person applicant;

    @BeforeEach
    void aRegisteredApplicant() {
        County arak = counties.findByCode("0001").orElseThrow();
        applicant = Applicants.registeredIn(arak, persons);
    }

    @Test
    void aSignersNumberTypedIsNeitherTheApplicantsOwnNorTheOtherSigners() {
        String imam = Applicants.mobile();
        Map<String, String> answers = Map.of(FieldKeys.IMAM_MOBILE, imam);

        assertThat(signers.numberRefusal(applicant.getId(), FieldKeys.IMAM_MOBILE, applicant.getMobile(), Map.of()))
                .contains(new SignerRefusal(SignerRefusal.Reason.SIGNER_IS_APPLICANT, ConsentRole.IMAM, null));
        assertThat(signers.numberRefusal(applicant.getId(), FieldKeys.TRUSTEES_MOBILE, imam, answers))
                .contains(new SignerRefusal(SignerRefusal.Reason.SAME_AS_OTHER_ROLE, ConsentRole.TRUSTEES_HEAD,
                        ConsentRole.IMAM));
        assertThat(signers.numberRefusal(applicant.getId(), FieldKeys.TRUSTEES_MOBILE, Applicants.mobile(), answers))
                .isEmpty();
        assertThat(signers.numberRefusal(applicant.getId(), FieldKeys.MOBILE, applicant.getMobile(), answers))
                .as("not a signer's field").isEmpty();
    }

    @Test
    void threeDifferentPeopleFileTheRequestWithAConsentForEachSigner() {
        String imam = Applicants.mobile();
        String trustees = Applicants.mobile();

        FilingOutcome.Filed filed = (FilingOutcome.Filed) submission.file(applicant.getId(),
                RequestType.ESTABLISHMENT, establishment(imam, trustees));

        assertThat(consents.findByRequestId(filed.request().getId()))
                .extracting(Consent::getRole, Consent::getSignerMobile)
                .containsExactlyInAnyOrder(tuple(ConsentRole.IMAM, imam),
                        tuple(ConsentRole.TRUSTEES_HEAD, trustees));
    }

    @Test
    void filingRefusesTheApplicantsNumberOrOneNumberForBothSignersAndWritesNothing() {
        long before = requests.count();
        String shared = Applicants.mobile();

        assertThat(submission.file(applicant.getId(), RequestType.ESTABLISHMENT,
                establishment(applicant.getMobile(), Applicants.mobile())))
                .isEqualTo(new FilingOutcome.SignerRefused(new SignerRefusal(
                        SignerRefusal.Reason.SIGNER_IS_APPLICANT, ConsentRole.IMAM, null)));
        FilingOutcome sameNumber = submission.file(applicant.getId(), RequestType.ESTABLISHMENT,
                establishment(shared, shared));
        assertThat(sameNumber).isInstanceOf(FilingOutcome.SignerRefused.class);
        assertThat(((FilingOutcome.SignerRefused) sameNumber).refusal().reason())
                .isEqualTo(SignerRefusal.Reason.SAME_AS_OTHER_ROLE);
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void theApplicantMaySignNeitherConsentByPersonNorByNumber() {
        Request request = filed(Applicants.mobile(), Applicants.mobile());
        Consent imam = consentOf(request, ConsentRole.IMAM);
        SignerRefusal isApplicant = new SignerRefusal(SignerRefusal.Reason.SIGNER_IS_APPLICANT, ConsentRole.IMAM, null);

        assertThat(signers.signingRefusal(request, imam, applicant.getId(), imam.getSignerMobile()))
                .contains(isApplicant);
        assertThat(signers.signingRefusal(request, imam, null, applicant.getMobile())).contains(isApplicant);
        assertThat(signers.signingRefusal(request, imam, null, imam.getSignerMobile())).isEmpty();
    }

    @Test
    void whoeverSignedOneConsentMayNotSignTheOther() {
        String imamMobile = Applicants.mobile();
        Request request = filed(imamMobile, Applicants.mobile());
        Person imam = persons.save(new Person(Instant.now()));
        sign(request, ConsentRole.IMAM, imam.getId());
        Consent trustees = consentOf(request, ConsentRole.TRUSTEES_HEAD);
        SignerRefusal signedOther = new SignerRefusal(SignerRefusal.Reason.SIGNED_OTHER_ROLE,
                ConsentRole.TRUSTEES_HEAD, ConsentRole.IMAM);

        assertThat(signers.signingRefusal(request, trustees, imam.getId(), trustees.getSignerMobile()))
                .as("by person").contains(signedOther);
        assertThat(signers.signingRefusal(request, trustees, null, imamMobile)).as("by number").contains(signedOther);
        Person third = persons.save(new Person(Instant.now()));
        assertThat(signers.signingRefusal(request, trustees, third.getId(), trustees.getSignerMobile())).isEmpty();
    }

    @Test
    void aNumbersHolderWithAnotherChatOnThisMessengerIsNotTakenByThisChat() {
        Person holder = Applicants.registeredIn(counties.findByCode("0001").orElseThrow(), persons);
        long telegramChat = Long.parseLong(RandomPeople.digits(9));
        chats.save(new PersonChat(holder.getId(), Channel.TELEGRAM, telegramChat, Instant.now()));
        long otherChat = telegramChat + 1;

        assertThat(signers.candidate(null, Channel.TELEGRAM, otherChat, holder.getMobile()))
                .isEqualTo(new SignerCandidate.OtherChat());
        assertThat(signers.candidate(null, Channel.SIMULATOR, otherChat, holder.getMobile()))
                .as("the simulator vouches for nothing").isEqualTo(new SignerCandidate.OtherChat());
        assertThat(foundId(signers.candidate(null, Channel.TELEGRAM, telegramChat, holder.getMobile())))
                .as("their own chat").isEqualTo(holder.getId());
        assertThat(foundId(signers.candidate(null, Channel.BALE, otherChat, holder.getMobile())))
                .as("another messenger").isEqualTo(holder.getId());

        Person signer = signers.signer(null, holder, Channel.BALE, otherChat, holder.getMobile());
        assertThat(signer.getId()).isEqualTo(holder.getId());
        assertThat(chats.findByChannelAndChatId(Channel.BALE, otherChat)).hasValueSatisfying(
                chat -> assertThat(chat.getPersonId()).isEqualTo(holder.getId()));
    }

    @Test
    void aNumberNobodyHoldsMakesAPersonLinkedToTheChatOnlyWhenTheySign() {
        String mobile = Applicants.mobile();
        long chatId = Long.parseLong(RandomPeople.digits(9));
        long people = persons.count();

        SignerCandidate nobody = signers.candidate(null, Channel.BALE, chatId, mobile);
        assertThat(nobody).isEqualTo(new SignerCandidate.Found(null));
        assertThat(persons.count()).as("nothing written yet").isEqualTo(people);

        Person made = signers.signer(null, null, Channel.BALE, chatId, mobile);
        assertThat(persons.findById(made.getId()).orElseThrow().getMobile()).isEqualTo(mobile);
        assertThat(chats.findByChannelAndChatId(Channel.BALE, chatId)).hasValueSatisfying(
                chat -> assertThat(chat.getPersonId()).isEqualTo(made.getId()));
    }

    @Test
    void aChatsOwnPersonSignsAsThemselvesAndKeepsTheNumberWhenTheyHadNone() {
        Person own = persons.save(new Person(Instant.now()));
        String mobile = Applicants.mobile();

        assertThat(foundId(signers.candidate(own.getId(), Channel.TELEGRAM, 1L, mobile))).isEqualTo(own.getId());
        signers.signer(own.getId(), own, Channel.TELEGRAM, 1L, mobile);

        assertThat(persons.findById(own.getId()).orElseThrow().getMobile()).isEqualTo(mobile);
    }

    private static Long foundId(SignerCandidate candidate) {
        assertThat(candidate).isInstanceOf(SignerCandidate.Found.class);
        return ((SignerCandidate.Found) candidate).personId();
    }

    private Request filed(String imam, String trustees) {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) submission.file(applicant.getId(),
                RequestType.ESTABLISHMENT, establishment(imam, trustees));
        return requests.findById(filed.request().getId()).orElseThrow();
    }

    private void sign(Request request, ConsentRole role, Long signerId) {
        Long consentId = consentOf(request, role).getId();
        tx.executeWithoutResult(s -> workflow.recordConsent(requests.findById(request.getId()).orElseThrow(),
                consents.findById(consentId).orElseThrow(), true, signerId, null));
    }

    private Consent consentOf(Request request, ConsentRole role) {
        Optional<Consent> found = consents.findByRequestId(request.getId()).stream()
                .filter(c -> c.getRole() == role).findFirst();
        return found.orElseThrow();
    }

    private Map<String, String> establishment(String imam, String trustees) {
        Map<String, String> answers = Establishments.answers("00", "0001");
        answers.put(FieldKeys.IMAM_MOBILE, imam);
        answers.put(FieldKeys.TRUSTEES_MOBILE, trustees);
        return answers;
    }
}
