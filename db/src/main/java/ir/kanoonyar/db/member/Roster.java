package ir.kanoonyar.db.member;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import ir.kanoonyar.db.kanoon.Kanoon;
import ir.kanoonyar.db.kanoon.KanoonRepository;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kanoon's roster as its manager keeps it: only the manager of an active kanoon reads or changes
 * it, checked on every call with the ids the bot's buttons carried (a forged or stale id is
 * {@link MemberRefusal#NOT_MANAGER} or {@link MemberRefusal#NOT_FOUND}, never another kanoon's
 * data). A phone or national code is unique within the kanoon.
 */
@Service
public class Roster {

    private final KanoonRepository kanoons;
    private final KanoonMemberRepository members;
    private final MemberMessages messages;
    private final Clock clock;

    public Roster(KanoonRepository kanoons, KanoonMemberRepository members, MemberMessages messages, Clock clock) {
        this.kanoons = kanoons;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a change did: the member (added, changed or removed) or the refusal. */
    public record Outcome(KanoonMember member, Refusal refusal) {

        public boolean done() {
            return refusal == null;
        }
    }

    /** The active kanoon this person manages, if any. */
    @Transactional(readOnly = true)
    public Optional<Kanoon> managedBy(Long personId) {
        return kanoons.activeManagedBy(personId).stream().findFirst();
    }

    /** The kanoon, when this person is the manager of it and it is active. */
    @Transactional(readOnly = true)
    public Optional<Kanoon> managed(Long personId, long kanoonId) {
        if (personId == null) {
            return Optional.empty();
        }
        return kanoons.findById(kanoonId).filter(k -> k.getStatus() == KanoonStatus.ACTIVE)
                .filter(k -> personId.equals(k.getManagerPersonId()));
    }

    /** A page (from 0) of the kanoon's members by name; empty for someone who does not manage it. */
    @Transactional(readOnly = true)
    public Page<KanoonMember> page(Long personId, long kanoonId, int page, int size) {
        if (managed(personId, kanoonId).isEmpty()) {
            return Page.empty();
        }
        return members.findByKanoonIdOrderByLastNameAscFirstNameAscIdAsc(kanoonId,
                PageRequest.of(Math.max(page, 0), size));
    }

    /** The member, when it belongs to a kanoon this person manages. */
    @Transactional(readOnly = true)
    public Optional<KanoonMember> member(Long personId, long memberId) {
        return members.findById(memberId).filter(m -> managed(personId, m.getKanoonId()).isPresent());
    }

    @Transactional
    public Outcome add(Long personId, long kanoonId, MemberDetails details) {
        if (managed(personId, kanoonId).isEmpty()) {
            return refused(MemberRefusal.NOT_MANAGER);
        }
        Optional<Refusal> taken = taken(kanoonId, null, details);
        if (taken.isPresent()) {
            return new Outcome(null, taken.get());
        }
        return new Outcome(members.save(new KanoonMember(kanoonId, details, clock.instant())), null);
    }

    @Transactional
    public Outcome edit(Long personId, long memberId, MemberDetails details) {
        Optional<KanoonMember> member = members.findById(memberId);
        if (member.isEmpty()) {
            return refused(MemberRefusal.NOT_FOUND);
        }
        long kanoonId = member.get().getKanoonId();
        if (managed(personId, kanoonId).isEmpty()) {
            return refused(MemberRefusal.NOT_MANAGER);
        }
        Optional<Refusal> taken = taken(kanoonId, memberId, details);
        if (taken.isPresent()) {
            return new Outcome(null, taken.get());
        }
        member.get().change(details, clock.instant());
        return new Outcome(member.get(), null);
    }

    @Transactional
    public Outcome remove(Long personId, long memberId) {
        Optional<KanoonMember> member = members.findById(memberId);
        if (member.isEmpty()) {
            return refused(MemberRefusal.NOT_FOUND);
        }
        if (managed(personId, member.get().getKanoonId()).isEmpty()) {
            return refused(MemberRefusal.NOT_MANAGER);
        }
        members.delete(member.get());
        return new Outcome(member.get(), null);
    }

    /** Another member of the kanoon with this phone or national code. */
    private Optional<Refusal> taken(long kanoonId, Long self, MemberDetails details) {
        if (details.phone() != null) {
            Optional<KanoonMember> other = members.findByKanoonIdAndPhone(kanoonId, details.phone())
                    .filter(m -> !Objects.equals(m.getId(), self));
            if (other.isPresent()) {
                return Optional.of(messages.refusal(MemberRefusal.PHONE_TAKEN, fullName(other.get())));
            }
        }
        if (details.nationalCode() != null) {
            Optional<KanoonMember> other = members.findByKanoonIdAndNationalCode(kanoonId, details.nationalCode())
                    .filter(m -> !Objects.equals(m.getId(), self));
            if (other.isPresent()) {
                return Optional.of(messages.refusal(MemberRefusal.NATIONAL_CODE_TAKEN, fullName(other.get())));
            }
        }
        return Optional.empty();
    }

    private Outcome refused(MemberRefusal kind) {
        return new Outcome(null, messages.refusal(kind));
    }

    static String fullName(KanoonMember member) {
        return member.getFirstName() + " " + member.getLastName();
    }
}
