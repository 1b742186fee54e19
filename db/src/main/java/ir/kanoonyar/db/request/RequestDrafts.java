package ir.kanoonyar.db.request;

import java.time.Clock;

import ir.kanoonyar.db.persian.TrackingCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts requests: a draft with a fresh tracking code, in the applicant's region. */
@Service
public class RequestDrafts {

    private static final int ATTEMPTS = 5;

    private final RequestRepository requests;
    private final Clock clock;

    public RequestDrafts(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public Request start(RequestType type, Long applicantPersonId, Long provinceId, Long countyId) {
        Request draft = new Request(freshTrackingCode(), type, applicantPersonId, clock.instant());
        draft.placeIn(provinceId, countyId);
        return requests.save(draft);
    }

    /** About 9·10^10 codes: a clash is rare, and the unique key catches a race between two checks. */
    private String freshTrackingCode() {
        for (int i = 0; i < ATTEMPTS; i++) {
            String code = TrackingCode.generate();
            if (!requests.existsByTrackingCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free tracking code after " + ATTEMPTS + " attempts");
    }
}
