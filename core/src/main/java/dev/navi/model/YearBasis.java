package dev.navi.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a record's dates gives its year in the analysis set: the application (filing) year by default, the
 * earliest priority year (first filing anywhere) or the publication year (when the record became visible; what many
 * published studies count). One definition: {@link #yearOf(Patent)} is what the period filter, the trend tables and
 * every module read.
 */
public enum YearBasis {
    APPLICATION("申请年", "application year"),
    PRIORITY("优先权年", "priority year"),
    PUBLICATION("公开年", "publication year");

    private final String zh;
    private final String en;

    YearBasis(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The key in {@code navi.yaml} and results.json: {@code application}, {@code priority}, {@code publication}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 申请年 / 优先权年 / 公开年. */
    public String zh() {
        return zh;
    }

    /** application year / priority year / publication year. */
    public String en() {
        return en;
    }

    /** The record's year on this basis, or {@code null} when it lacks that date. */
    public Integer yearOf(Patent p) {
        LocalDate d = switch (this) {
            case APPLICATION -> p.applicationDate();
            case PRIORITY -> p.priorityDate();
            case PUBLICATION -> p.publicationDate();
        };
        return d == null ? null : d.getYear();
    }

    /** The basis for a key ({@code application}, {@code Priority} ...), or empty. */
    public static Optional<YearBasis> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (YearBasis b : values()) {
            if (b.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
