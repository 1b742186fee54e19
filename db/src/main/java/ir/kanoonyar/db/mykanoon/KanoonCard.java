package ir.kanoonyar.db.mykanoon;

import java.util.List;

import ir.kanoonyar.db.indicator.KanoonMonthBeside;
import ir.kanoonyar.db.kanoon.KanoonStatus;
import ir.kanoonyar.db.licence.LicenceView;

/**
 * What «کانون من» shows its manager about one kanoon, names resolved.
 *
 * @param licence           its latest licence, null if it has none
 * @param deputyName        the deputy's name, null if none is named
 * @param deputyAccepted    whether the deputy has accepted (else the nomination waits for their answer)
 * @param renewalDaysLeft   days until the licence ends when that is within the warning setting (0: ends
 *                          today; negative: ended), else null
 * @param trainingDue       titles of the required courses the manager has not passed
 * @param members           people on the kanoon's roster (kanoon_member)
 * @param lastMonths        its last rolled-up months beside its county's average per kanoon, newest first;
 *                          empty when nothing is rolled up yet
 */
public record KanoonCard(long kanoonId, String name, String mosque, String locality, String county,
                         String province, KanoonStatus status, LicenceView licence, String deputyName,
                         boolean deputyAccepted, Long renewalDaysLeft, List<String> trainingDue,
                         long members, List<KanoonMonthBeside> lastMonths) {
}
