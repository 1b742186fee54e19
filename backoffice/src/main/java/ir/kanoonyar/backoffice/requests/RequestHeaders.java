package ir.kanoonyar.backoffice.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import ir.kanoonyar.db.form.FieldType;
import ir.kanoonyar.db.form.FormDefinition;
import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.Licence;
import ir.kanoonyar.db.kanoon.LicenceRepository;
import ir.kanoonyar.db.mosque.Mosque;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.person.Person;
import ir.kanoonyar.db.request.Request;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds a request page's header: the applicant, the kanoon and mosque, the licence, the age, the map. */
@Component
class RequestHeaders {

    private final KanoonRepository kanoons;
    private final MosqueRepository mosques;
    private final LicenceRepository licences;
    private final MessageSource messages;
    private final Clock clock;

    RequestHeaders(KanoonRepository kanoons, MosqueRepository mosques, LicenceRepository licences,
                   MessageSource messages, Clock clock) {
        this.kanoons = kanoons;
        this.mosques = mosques;
        this.licences = licences;
        this.messages = messages;
        this.clock = clock;
    }

    RequestHeader of(Request request, Person applicant, FormDefinition form) {
        Optional<Kanoon> kanoon = Optional.ofNullable(request.getKanoonId()).flatMap(kanoons::findById);
        Long mosqueId = request.getMosqueId() != null ? request.getMosqueId()
                : kanoon.map(Kanoon::getMosqueId).orElse(null);
        Optional<Mosque> mosque = Optional.ofNullable(mosqueId).flatMap(mosques::findById);
        Optional<Licence> licence = licences.findFirstByRequestIdOrderByIdAsc(request.getId());
        // The location the applicant shared in the form first; else the mosque's registered one.
        String map = form.fields().stream().filter(f -> f.type() == FieldType.LOCATION)
                .map(f -> MapLink.of(request.getAnswers().get(f.key())))
                .flatMap(Optional::stream).findFirst()
                .or(() -> mosque.flatMap(m -> MapLink.of(m.getLatitude(), m.getLongitude())))
                .orElse(null);
        return new RequestHeader(
                applicant == null ? "" : applicant.fullName(),
                applicant == null ? "" : PersianText.toPersianDigits(nullToEmpty(applicant.getNationalCode())),
                applicant == null ? "" : PersianText.toPersianDigits(nullToEmpty(applicant.getMobile())),
                kanoon.map(Kanoon::getName).orElse(""),
                mosque.map(Mosque::getName).orElse(""),
                licence.map(Licence::getNumber).orElse(null),
                licence.map(l -> PersianText.toPersianDigits(l.getNumber())).orElse(null),
                age(request.getSubmittedAt() != null ? request.getSubmittedAt() : request.getCreatedAt()),
                map);
    }

    /** «امروز», «۵ ساعت» or «۱۲ روز»: staff ask how long a request has waited, not its exact time. */
    private String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration age = Duration.between(since, clock.instant());
        if (age.toDays() >= 1) {
            return text("request.age.days", PersianText.toPersianDigits(String.valueOf(age.toDays())));
        }
        if (age.toHours() >= 1) {
            return text("request.age.hours", PersianText.toPersianDigits(String.valueOf(age.toHours())));
        }
        return text("request.age.new");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ROOT);
    }
}
