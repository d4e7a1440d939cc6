package dev.navi.chain.review;

/**
 * Precision and recall of one node from an analyst's review.
 *
 * <p>Definitions (also in the atlas's method chapter):
 * <ul>
 *   <li>precision {@code P = correct / reviewed tagged}, over the sampled records the rules tagged to the node;</li>
 *   <li>miss rate {@code m = missing / reviewed untagged}, over the sampled records not tagged to the node;</li>
 *   <li>recall {@code R = P·T / (P·T + m·U)}, where {@code T} and {@code U} are the numbers of records tagged and not
 *       tagged to the node in the whole dataset: the estimated true positives over true positives plus the misses
 *       the miss rate implies for the untagged population.</li>
 * </ul>
 * Intervals are 95 % Wilson intervals for P and m; the recall interval combines them conservatively (low: P low,
 * m high; high: P high, m low). Counts are records in the dataset's counting unit.
 */
public record ReviewResult(String node, long reviewedTagged, long correct, long reviewedUntagged, long missing,
                           long taggedInData, long untaggedInData, double precision, double precisionLow,
                           double precisionHigh, double recall, double recallLow, double recallHigh) {

    /** Computes the result from the verdict counts and the population sizes. */
    public static ReviewResult of(String node, long reviewedTagged, long correct, long reviewedUntagged, long missing,
                                  long tagged, long untagged) {
        double p = reviewedTagged == 0 ? Double.NaN : (double) correct / reviewedTagged;
        double[] pi = Wilson.interval(correct, reviewedTagged, Wilson.Z95);
        double m = reviewedUntagged == 0 ? Double.NaN : (double) missing / reviewedUntagged;
        double[] mi = Wilson.interval(missing, reviewedUntagged, Wilson.Z95);
        double r = recall(p, m, tagged, untagged);
        double rl = recall(pi[0], mi[1], tagged, untagged);
        double rh = recall(pi[1], mi[0], tagged, untagged);
        return new ReviewResult(node, reviewedTagged, correct, reviewedUntagged, missing, tagged, untagged, p, pi[0], pi[1],
                r, reviewedUntagged == 0 ? Double.NaN : rl, reviewedUntagged == 0 ? Double.NaN : rh);
    }

    private static double recall(double p, double m, long tagged, long untagged) {
        if (Double.isNaN(p) || Double.isNaN(m)) {
            return Double.NaN;
        }
        double tp = p * tagged;
        double fn = m * untagged;
        return tp + fn == 0 ? Double.NaN : tp / (tp + fn);
    }
}
