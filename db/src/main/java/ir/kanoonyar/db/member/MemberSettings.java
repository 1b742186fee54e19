package ir.kanoonyar.db.member;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The roster's settings ({@code kanoonyar.members.*}): the ages a member may have, the largest
 * spreadsheet (rows and bytes). The fewest members a licence asks for is the guideline version's
 * ({@code GuidelineVersion#getMinMembersUrban}, {@code …Rural}), the one rule for every reader.
 */
@Component
public class MemberSettings {

    private final int youngestAge;
    private final int oldestAge;
    private final int maxRows;
    private final long maxFileBytes;

    public MemberSettings(@Value("${kanoonyar.members.youngest-age:5}") int youngestAge,
                          @Value("${kanoonyar.members.oldest-age:90}") int oldestAge,
                          @Value("${kanoonyar.members.max-rows:2000}") int maxRows,
                          @Value("${kanoonyar.members.max-file-bytes:2097152}") long maxFileBytes) {
        if (youngestAge < 0 || oldestAge < youngestAge || maxRows < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("kanoonyar.members settings out of range");
        }
        this.youngestAge = youngestAge;
        this.oldestAge = oldestAge;
        this.maxRows = maxRows;
        this.maxFileBytes = maxFileBytes;
    }

    /** The defaults: ages 5 to 90, 2,000 rows, 2 MiB. */
    public static MemberSettings defaults() {
        return new MemberSettings(5, 90, 2000, 2L * 1024 * 1024);
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
}
