package ir.kanoonyar.backoffice.requests;

import java.util.Comparator;
import java.util.List;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.TimelineCheck;
import ir.kanoonyar.db.request.TimelineEvent;

/**
 * What the request page says of the timeline check, ready for the Persian texts: numbers in Persian
 * digits. The staff see which of the verifier's verdicts it is: intact and signed (when last, and the key ids
 * for a verifier),
 * early events written before signing began, a broken chain (which event), a bad signature or an
 * unknown key (which event, which key id), or a signature removed.
 *
 * @param problem  null when intact; else the {@code timeline.problem.*} key's suffix
 * @param seq      the event the problem is at, in Persian digits
 * @param unsigned how many first events were written before signing began, in Persian digits; null for none
 * @param keyIds   the key ids that signed, for an intact timeline with signed events; else null. Only a
 *                 verifier needs them: the page shows them small, under the sentence staff read
 * @param lastSigned when the newest signed event was signed, Jalali in Persian digits, for an intact
 *                 timeline with signed events; else null
 */
public record TimelineVerdict(boolean intact, TimelineCheck.Problem problem, String seq, String keyId,
                              String unsigned, String keyIds, String lastSigned) {

    public static TimelineVerdict of(TimelineCheck check, List<TimelineEvent> events) {
        if (check.intact()) {
            String lastSigned = events.stream().filter(e -> e.getKeyId() != null).map(TimelineEvent::getOccurredAt)
                    .max(Comparator.naturalOrder()).map(JalaliDate::tehranDayAndTime).orElse(null);
            return new TimelineVerdict(true, null, null, null,
                    check.unsignedEvents() == 0 ? null : persian(check.unsignedEvents()),
                    check.keyIds().isEmpty() ? null : String.join("، ", check.keyIds().stream().sorted().toList()),
                    check.keyIds().isEmpty() ? null : lastSigned);
        }
        return new TimelineVerdict(false, check.problem(), persian(check.firstBadSeq()),
                check.keyId() == null ? "" : check.keyId(), null, null, null);
    }

    private static String persian(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }
}
