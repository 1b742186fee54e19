package ir.kanoonyar.db.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ir.kanoonyar.db.persian.JalaliDate;
import ir.kanoonyar.db.person.Gender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kanoon's roster as staff see it: how many members, by gender, by age band and by role, never
 * who they are. Ages are this Jalali year minus the birth year.
 */
@Service
public class RosterFigures {

    /** The age bands' lower bounds: children, teenagers, young adults (the youth figures), adults. */
    static final int[] BANDS = {0, 12, 18, 30};

    private final KanoonMemberRepository members;
    private final Clock clock;

    public RosterFigures(KanoonMemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** A band from {@code from} to {@code to} years (to null: and older) and how many members are in it. */
    public record Band(int from, Integer to, long count) {
    }

    public record Figures(long total, long male, long female, long coaches, long board, List<Band> ages) {

        /** Members under 30: the youth figure. */
        public long young() {
            return ages.stream().filter(b -> b.to() != null && b.to() < 30).mapToLong(Band::count).sum();
        }
    }

    public long count(long kanoonId) {
        return members.countByKanoonId(kanoonId);
    }

    @Transactional(readOnly = true)
    public Figures of(long kanoonId) {
        List<KanoonMember> all = members.findByKanoonId(kanoonId);
        int thisYear = JalaliDate.today(clock).year();
        long[] counts = new long[BANDS.length];
        for (KanoonMember m : all) {
            int age = thisYear - m.getBirthYear();
            int band = 0;
            for (int i = 0; i < BANDS.length; i++) {
                if (age >= BANDS[i]) {
                    band = i;
                }
            }
            counts[band]++;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            bands.add(new Band(BANDS[i], i + 1 < BANDS.length ? BANDS[i + 1] - 1 : null, counts[i]));
        }
        return new Figures(all.size(), all.stream().filter(m -> m.getGender() == Gender.MALE).count(),
                all.stream().filter(m -> m.getGender() == Gender.FEMALE).count(),
                all.stream().filter(m -> m.getRole() == MemberRole.COACH).count(),
                all.stream().filter(m -> m.getRole() == MemberRole.BOARD).count(), bands);
    }
}
