package ir.kanoonyar.db.indicator;

import java.time.Instant;

/**
 * One version of the composite score's weights (table {@code indicator_weights}), set by the national
 * admin. Each weight is a percentage of the score (they add up to 100); each target is what scores a
 * part's full marks in a month. A saved version never changes: the next one is a new row.
 */
public record IndicatorWeights(int versionNumber, Instant effectiveFrom, int reports, int participants, int corridors,
                               int regularity, int training, int licence, int members, int targetReports,
                               int targetParticipants, int targetCorridors, String note, String createdBy,
                               Instant createdAt) {

    /** Why a new version cannot be saved; null when it can. */
    public String problem() {
        int[] weights = {reports, participants, corridors, regularity, training, licence, members};
        int sum = 0;
        for (int weight : weights) {
            if (weight < 0 || weight > 100) {
                return "WEIGHT_RANGE";
            }
            sum += weight;
        }
        if (sum != 100) {
            return "WEIGHT_SUM";
        }
        if (targetReports < 1 || targetParticipants < 1 || targetCorridors < 1 || targetCorridors > 12) {
            return "TARGET_RANGE";
        }
        return null;
    }

    /**
     * The score of one kanoon in one month, 0-100: each part's share of its target (at most all of it)
     * times its weight.
     *
     * @param minMembers the members the guideline asks of a kanoon of its kind (urban or rural)
     */
    public double score(int acceptedReports, int participantCount, int corridorCount, int regularMonths,
                        boolean trainingDone, boolean licenceValid, int memberCount, int minMembers) {
        double total = reports * share(acceptedReports, targetReports)
                + participants * share(participantCount, targetParticipants)
                + corridors * share(corridorCount, targetCorridors)
                + regularity * share(regularMonths, 6)
                + (trainingDone ? training : 0)
                + (licenceValid ? licence : 0)
                + members * (minMembers <= 0 ? 1.0 : share(memberCount, minMembers));
        return Math.round(total * 10) / 10.0;
    }

    private static double share(int value, int target) {
        return Math.min(1.0, Math.max(0, value) / (double) target);
    }
}
