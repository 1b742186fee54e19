package ir.kanoonyar.db.member;

import java.util.Optional;

import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.mosque.MosqueRepository;
import ir.kanoonyar.db.request.Request;
import ir.kanoonyar.db.request.RequestType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members figure a request's eligibility checklist is judged on: for a licence renewal, the
 * kanoon's roster as its manager keeps it (not the number typed in the form), and whether its mosque
 * is in a village. An establishment has no kanoon, hence no roster, yet: nothing to judge.
 */
@Service
public class MembersCriterion {

    private final KanoonMemberRepository members;
    private final KanoonRepository kanoons;
    private final MosqueRepository mosques;

    public MembersCriterion(KanoonMemberRepository members, KanoonRepository kanoons, MosqueRepository mosques) {
        this.members = members;
        this.kanoons = kanoons;
        this.mosques = mosques;
    }

    /** The roster's count and the area (rural null when the mosque is unknown). */
    public record Counted(int members, Boolean rural) {
    }

    @Transactional(readOnly = true)
    public Optional<Counted> of(Request request) {
        if (request.getType() != RequestType.LICENCE_RENEWAL || request.getKanoonId() == null) {
            return Optional.empty();
        }
        return kanoons.findById(request.getKanoonId()).map(k -> new Counted(
                (int) members.countByKanoonId(k.getId()),
                mosques.findById(k.getMosqueId()).map(m -> m.isRural()).orElse(null)));
    }
}
