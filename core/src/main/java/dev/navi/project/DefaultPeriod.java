package dev.navi.project;

import java.time.LocalDate;

/**
 * The analysis period a navigation project takes when its file sets none: the last {@value #YEARS} complete calendar
 * years up to the data cut-off (a year is complete when it ended on or before the cut-off), never starting before the
 * earliest year in the data. A landscape that starts in 1901 because one record is that old reads every trend, growth
 * rate and five-year transfer period against a century of noise; twenty years is what navigation reports cover.
 * The years within the cut-off's 18-month publication lag stay in the period and are flagged as incomplete there.
 */
public final class DefaultPeriod {
    /** How many complete years the default period spans. */
    public static final int YEARS = 20;

    private DefaultPeriod() {
    }

    /** The last complete calendar year on the cut-off date: its own year on 31 December, else the year before. */
    public static int lastYear(LocalDate cutoff) {
        return cutoff.getMonthValue() == 12 && cutoff.getDayOfMonth() == 31 ? cutoff.getYear() : cutoff.getYear() - 1;
    }

    /**
     * The first year of a default period ending in {@code lastYear}: {@value #YEARS} years back, or the data's earliest
     * year when that is later.
     */
    public static int firstYear(int lastYear, int earliestInData) {
        return Math.max(lastYear - (YEARS - 1), Math.min(earliestInData, lastYear));
    }

    /**
     * Where a period came from, as summaries and results.json state it: {@code null} when both ends were given,
     * else which end is navi's default.
     */
    public static String source(Integer givenFrom, Integer givenTo) {
        if (givenFrom != null && givenTo != null) {
            return null;
        }
        if (givenFrom == null && givenTo == null) {
            return "default: " + describeEn();
        }
        return givenFrom == null ? "first year by default: " + (YEARS - 1) + " years before the last, within the data"
                : "last year by default: the last complete year before the cut-off";
    }

    /** How the default is stated in summaries and documents. */
    public static String describeEn() {
        return "the last " + YEARS + " complete years up to the cut-off (navi.yaml sets no period)";
    }

    /** The same, in Chinese. */
    public static String describeZh() {
        return "数据截止日前最近" + YEARS + "个完整年份（项目文件未设定分析期间）";
    }
}
