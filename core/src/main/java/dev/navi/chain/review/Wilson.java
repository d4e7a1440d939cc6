package dev.navi.chain.review;

/**
 * The Wilson score interval for a binomial proportion: better behaved than the normal approximation for the small
 * samples and extreme proportions review samples have (10 of 10 correct gives 72 %–100 %, not 100 %–100 %).
 *
 * <p>{@code centre = (p + z²/2n) / (1 + z²/n)}, {@code half = z·sqrt(p(1−p)/n + z²/4n²) / (1 + z²/n)}.
 */
public final class Wilson {
    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The interval {@code [low, high]} for {@code successes} of {@code n}; {@code [0, 1]} when n is 0. */
    public static double[] interval(long successes, long n, double z) {
        if (n <= 0) {
            return new double[] {0, 1};
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
