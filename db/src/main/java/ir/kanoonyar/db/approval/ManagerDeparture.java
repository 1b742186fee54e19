package ir.kanoonyar.db.approval;

import java.time.Instant;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.request.ApprovalHook;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.stereotype.Component;

/**
 * An approved resignation or retirement leaves the kanoon without a manager, from that moment: the
 * back-office's reminder about kanoons without a manager counts from {@link Kanoon#getManagerLeftAt()}.
 */
@Component
public class ManagerDeparture implements ApprovalHook {

    private final KanoonRepository kanoons;

    public ManagerDeparture(KanoonRepository kanoons) {
        this.kanoons = kanoons;
    }

    @Override
    public void approved(Request request, Instant at) {
        if ((request.getType() == RequestType.RESIGNATION || request.getType() == RequestType.RETIREMENT)
                && request.getKanoonId() != null) {
            kanoons.findById(request.getKanoonId())
                    .filter(kanoon -> kanoon.getStatus() == KanoonStatus.ACTIVE)
                    .ifPresent(kanoon -> kanoon.releaseManager(at));
        }
    }
}
