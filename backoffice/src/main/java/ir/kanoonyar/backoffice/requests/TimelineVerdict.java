package ir.kanoonyar.backoffice.requests;

import ir.kanoonyar.db.persian.PersianText;
import ir.kanoonyar.db.request.TimelineCheck;

/**
 * What the request page says of the timeline check, ready for the Persian texts: numbers in Persian
 * digits. The staff see which of the verifier's verdicts it is: intact and signed (with the key ids),
 * early events written before signing began, a broken chain (which event), a bad signature or an
 * unknown key (which event, which key id), or a signature removed.
 *
 * @param problem  null when intact; else the {@code timeline.problem.*} key's suffix
 * @param seq      the event the problem is at, in Persian digits
 * @param unsigned how many first events were written before signing began, in Persian digits; null for none
 * @param keyIds   the key ids that signed, for an intact timeline with signed events; else null
 */
public record TimelineVerdict(boolean intact, TimelineCheck.Problem problem, String seq, String keyId,
                              String unsigned, String keyIds) {

    public static TimelineVerdict of(TimelineCheck check) {
        if (check.intact()) {
            return new TimelineVerdict(true, null, null, null,
                    check.unsignedEvents() == 0 ? null : persian(check.unsignedEvents()),
                    check.keyIds().isEmpty() ? null : String.join("، ", check.keyIds().stream().sorted().toList()));
        }
        return new TimelineVerdict(false, check.problem(), persian(check.firstBadSeq()),
                check.keyId() == null ? "" : check.keyId(), null, null);
    }

    private static String persian(int n) {
        return PersianText.toPersianDigits(String.valueOf(n));
    }
}
