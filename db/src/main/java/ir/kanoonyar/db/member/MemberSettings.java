package ir.kanoonyar.db.member;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The roster's settings ({@code kanoonyar.members.*}): the ages a member may have, the largest
 * spreadsheet (rows and bytes) and the fewest members a licence asks for in a city and in a village.
 */
@Component
public class MemberSettings {

    private final int youngestAge;
    private final int oldestAge;
    private final int maxRows;
    private final long maxFileBytes;
    private final int minCity;
    private final int minVillage;

    public MemberSettings(@Value("${kanoonyar.members.youngest-age:5}") int youngestAge,
                          @Value("${kanoonyar.members.oldest-age:90}") int oldestAge,
                          @Value("${kanoonyar.members.max-rows:2000}") int maxRows,
                          @Value("${kanoonyar.members.max-file-bytes:2097152}") long maxFileBytes,
                          @Value("${kanoonyar.members.min-city:20}") int minCity,
                          @Value("${kanoonyar.members.min-village:10}") int minVillage) {
        if (youngestAge < 0 || oldestAge < youngestAge || maxRows < 1 || maxFileBytes < 1 || minCity < 0
                || minVillage < 0) {
            throw new IllegalArgumentException("kanoonyar.members settings out of range");
        }
        this.youngestAge = youngestAge;
        this.oldestAge = oldestAge;
        this.maxRows = maxRows;
        this.maxFileBytes = maxFileBytes;
        this.minCity = minCity;
        this.minVillage = minVillage;
    }

    /** The defaults: ages 5 to 90, 2,000 rows, 2 MiB, 20 members in a city and 10 in a village. */
    public static MemberSettings defaults() {
        return new MemberSettings(5, 90, 2000, 2L * 1024 * 1024, 20, 10);
    }

    public int youngestAge() {
        return youngestAge;
    }

    public int oldestAge() {
        return oldestAge;
    }

    public int maxRows() {
        return maxRows;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public int minCity() {
        return minCity;
    }

    public int minVillage() {
        return minVillage;
    }

    /** The fewest members a kanoon of a village (rural mosque) or a city needs. */
    public int minMembers(boolean rural) {
        return rural ? minVillage : minCity;
    }
}
