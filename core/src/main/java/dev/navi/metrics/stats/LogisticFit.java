package dev.navi.metrics.stats;

import java.util.Objects;

/**
 * Least-squares fit of the logistic (Pearl–Reed) growth curve to cumulative filings:
 * <pre>
 *   C(t) = K / (1 + exp(−r · (t − t0)))
 * </pre>
 * with {@code K} the saturation level (the total the technology tends to, in the counting unit of the
 * input), {@code r} the growth rate (per year; the 10 %→90 % "take-over time" is ln(81)/r ≈ 4.39/r years)
 * and {@code t0} the inflection year (where C = K/2 and yearly filings peak; fractional).
 *
 * <p>Method (deterministic, no random start): a log-spaced grid of 301 candidates
 * K = C<sub>max</sub> · (1 + 10<sup>u</sup>), u ∈ [−4, 3]; for each, the linearisation
 * ln(K / C − 1) = −r·t + r·t0 is fitted by ordinary least squares over the years with C &gt; 0, and
 * the candidate with the smallest residual sum of squares in the original scale, Σ(C<sub>i</sub> −
 * Ĉ(t<sub>i</sub>))², is refined on all three parameters by Levenberg–Marquardt (Marquardt's diagonal
 * scaling) on that same sum of squares, stopping when a step lowers it by less than 10<sup>−14</sup>
 * relative. Time is shifted to the first year internally, which keeps exp() well conditioned.
 *
 * <p>Reported goodness of fit R² = 1 − SSE / SST with SST = Σ(C<sub>i</sub> − mean C)², and saturation
 * = C(last year) / K (0..1, how far along the curve the data already are).
 */
public final class LogisticFit {
    /** Fewer years with new filings than this and the three parameters are not identifiable. */
    public static final int MIN_NONZERO_YEARS = 5;
    /**
     * A fitted K above this multiple of the largest observed cumulative count (saturation below 5 %)
     * means the data show no sign of bending over: K is not identified, only extrapolated.
     */
    public static final double MAX_K_FACTOR = 20;

    private static final int GRID = 301;
    private static final int MAX_ITERATIONS = 500;

    private LogisticFit() {
    }

    /** Whether a fit was made, and if not, why. */
    public enum Status {
        /** The parameters are the least-squares estimates. */
        OK,
        /** Fewer than {@value LogisticFit#MIN_NONZERO_YEARS} years with new filings (a positive yearly increment). */
        TOO_FEW_YEARS,
        /**
         * The cumulative curve does not bend: it is constant or exactly linear (all second differences 0),
         * or the best K is more than {@value LogisticFit#MAX_K_FACTOR} × the largest observed count (still
         * exponential, no saturation visible).
         */
        NO_CURVATURE
    }

    /**
     * The fit. When {@code status != OK}, {@code k}, {@code r}, {@code t0}, {@code rSquared} and
     * {@code saturation} are NaN, never a made-up estimate. {@code points} is the number of years used,
     * {@code nonZeroYears} the number of them with new filings.
     */
    public record Result(Status status, double k, double r, double t0, double rSquared, double saturation,
                         int points, int nonZeroYears) {
        public Result {
            Objects.requireNonNull(status, "status");
        }

        public boolean isOk() {
            return status == Status.OK;
        }

        /** The fitted C(t) (NaN if not OK). */
        public double valueAt(double year) {
            return isOk() ? logistic(k, r, t0, year) : Double.NaN;
        }

        static Result failed(Status status, int points, int nonZeroYears) {
            return new Result(status, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, points, nonZeroYears);
        }
    }

    /**
     * Fits the curve to a cumulative series C(year). The series is used over its own first to last year;
     * a year missing inside that range is given the previous year's cumulative total (no new filings).
     * The yearly increments are C(first) for the first year and C(y) − C(y−1) after; a year "has new
     * filings" when its increment is &gt; 0. Returns {@link Status#TOO_FEW_YEARS} when fewer than
     * {@value #MIN_NONZERO_YEARS} years have new filings, {@link Status#NO_CURVATURE} as documented there.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static Result fit(YearSeries cumulative) {
        Objects.requireNonNull(cumulative, "cumulative");
        if (cumulative.isEmpty()) {
            return Result.failed(Status.TOO_FEW_YEARS, 0, 0);
        }
        int first = cumulative.firstYear().orElseThrow();
        int last = cumulative.lastYear().orElseThrow();
        int n = last - first + 1;
        double[] t = new double[n];
        double[] c = new double[n];
        double carried = 0;
        int nonZero = 0;
        double cMax = 0;
        for (int i = 0; i < n; i++) {
            double v = cumulative.valueOr(first + i, carried);
            if (v < 0) {
                throw new IllegalArgumentException("negative cumulative value in " + (first + i) + ": " + v);
            }
            if (v - (i == 0 ? 0 : carried) > 0) {
                nonZero++;
            }
            t[i] = i; // shifted time keeps exp() well conditioned; shifted back for t0 at the end
            c[i] = v;
            carried = v;
            cMax = Math.max(cMax, v);
        }
        if (nonZero < MIN_NONZERO_YEARS) {
            return Result.failed(Status.TOO_FEW_YEARS, n, nonZero);
        }
        if (isLinear(c, cMax)) {
            return Result.failed(Status.NO_CURVATURE, n, nonZero);
        }

        double[] best = gridStart(t, c, cMax);
        if (best == null) {
            return Result.failed(Status.NO_CURVATURE, n, nonZero);
        }
        best = levenbergMarquardt(t, c, best);
        double k = best[0];
        if (!(k <= MAX_K_FACTOR * cMax) || !(best[1] > 0)) {
            return Result.failed(Status.NO_CURVATURE, n, nonZero);
        }
        double mean = 0;
        for (double v : c) {
            mean += v;
        }
        mean /= n;
        double sst = 0;
        for (double v : c) {
            sst += (v - mean) * (v - mean);
        }
        double sse = sse(t, c, best);
        return new Result(Status.OK, k, best[1], first + best[2], 1 - sse / sst, c[n - 1] / k, n, nonZero);
    }

    /** Convenience: {@link #fit(YearSeries)} of the running total of yearly counts. */
    public static Result fitYearly(YearSeries yearly) {
        return fit(yearly.cumulative());
    }

    static double logistic(double k, double r, double t0, double t) {
        return k / (1 + Math.exp(-r * (t - t0)));
    }

    private static boolean isLinear(double[] c, double cMax) {
        double tolerance = 1e-9 * Math.max(cMax, 1);
        for (int i = 2; i < c.length; i++) {
            if (Math.abs(c[i] - 2 * c[i - 1] + c[i - 2]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Best (K, r, t0) of the grid over K with the linearised regression; null if no candidate has r &gt; 0. */
    private static double[] gridStart(double[] t, double[] c, double cMax) {
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int j = 0; j < GRID; j++) {
            double u = -4 + 7.0 * j / (GRID - 1);
            double k = cMax * (1 + Math.pow(10, u));
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int m = 0;
            for (int i = 0; i < t.length; i++) {
                if (c[i] > 0) {
                    double z = Math.log(k / c[i] - 1);
                    sx += t[i];
                    sy += z;
                    sxx += t[i] * t[i];
                    sxy += t[i] * z;
                    m++;
                }
            }
            double den = m * sxx - sx * sx;
            if (m < 2 || den == 0) {
                continue;
            }
            double slope = (m * sxy - sx * sy) / den;
            double intercept = (sy - slope * sx) / m;
            double r = -slope;
            if (!(r > 0)) {
                continue;
            }
            double[] p = {k, r, intercept / r};
            double s = sse(t, c, p);
            if (s < bestSse) {
                bestSse = s;
                best = p;
            }
        }
        return best;
    }

    private static double[] levenbergMarquardt(double[] t, double[] c, double[] start) {
        double[] p = start.clone();
        double current = sse(t, c, p);
        double lambda = 1e-3;
        for (int iter = 0; iter < MAX_ITERATIONS && lambda < 1e16; iter++) {
            double[][] a = new double[3][3];
            double[] g = new double[3];
            for (int i = 0; i < t.length; i++) {
                double e = Math.exp(-p[1] * (t[i] - p[2]));
                double d = 1 + e;
                double f = p[0] / d;
                double[] j = {1 / d, p[0] * e * (t[i] - p[2]) / (d * d), -p[0] * e * p[1] / (d * d)};
                double res = c[i] - f;
                for (int x = 0; x < 3; x++) {
                    g[x] += j[x] * res;
                    for (int y = 0; y < 3; y++) {
                        a[x][y] += j[x] * j[y];
                    }
                }
            }
            boolean improved = false;
            while (lambda < 1e16) {
                double[][] damped = new double[3][];
                for (int x = 0; x < 3; x++) {
                    damped[x] = a[x].clone();
                    damped[x][x] += lambda * (a[x][x] == 0 ? 1 : a[x][x]);
                }
                double[] step = solve3(damped, g);
                if (step != null) {
                    double[] q = {p[0] + step[0], p[1] + step[1], p[2] + step[2]};
                    if (q[0] > 0 && q[1] > 0) {
                        double s = sse(t, c, q);
                        if (s < current) {
                            boolean converged = current - s <= 1e-14 * current;
                            p = q;
                            current = s;
                            lambda = Math.max(lambda / 10, 1e-12);
                            improved = true;
                            if (converged) {
                                return p;
                            }
                            break;
                        }
                    }
                }
                lambda *= 10;
            }
            if (!improved || current == 0) {
                break;
            }
        }
        return p;
    }

    private static double sse(double[] t, double[] c, double[] p) {
        double s = 0;
        for (int i = 0; i < t.length; i++) {
            double res = c[i] - logistic(p[0], p[1], p[2], t[i]);
            s += res * res;
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve3(double[][] m, double[] b) {
        double[][] a = {
                {m[0][0], m[0][1], m[0][2], b[0]},
                {m[1][0], m[1][1], m[1][2], b[1]},
                {m[2][0], m[2][1], m[2][2], b[2]}};
        for (int col = 0; col < 3; col++) {
            int pivot = col;
            for (int row = col + 1; row < 3; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(a[pivot][col]) > 0) || !Double.isFinite(a[pivot][col])) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int row = col + 1; row < 3; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < 4; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[3];
        for (int row = 2; row >= 0; row--) {
            double s = a[row][3];
            for (int k = row + 1; k < 3; k++) {
                s -= a[row][k] * x[k];
            }
            x[row] = s / a[row][row];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x;
    }
}
