package ir.kanoonyar.db.indicator;

import java.math.BigDecimal;

/**
 * One rolled-up month of a kanoon beside its county's average per kanoon in the same month.
 *
 * @param reports                accepted activity reports of the kanoon
 * @param participants           participants in them
 * @param score                  the kanoon's composite score (0-100)
 * @param countyReports          the county's accepted reports per kanoon, one decimal; null if the county has no
 *                               summary for the month
 * @param countyParticipants     the county's participants per kanoon, rounded to a whole number; null likewise
 * @param countyScore            the county's average score, one decimal; null likewise
 */
public record KanoonMonthBeside(JalaliMonth month, int reports, int participants, BigDecimal score,
                                BigDecimal countyReports, BigDecimal countyParticipants, BigDecimal countyScore) {
}
