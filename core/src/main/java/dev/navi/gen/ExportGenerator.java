package dev.navi.gen;

import dev.navi.model.Patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates synthetic but realistic patent records for the new-energy-vehicle power-battery chain (动力电池:
 * cathode and anode materials, electrolyte, separator, cells and packs, battery management, thermal management,
 * recycling), deterministically from a seed.
 *
 * <p>What the records look like: applications filed 2005–2024, growing about 18 % a year, published by the
 * {@link #CUTOFF data cut-off} (so the last two filing years thin out as in a real retrieval); Chinese applicants
 * (battery and material makers with their subsidiaries, car makers, made-up firms composed from name parts,
 * universities, CAS institutes, individuals) with Chinese addresses, provinces and cities, and foreign ones (Korean,
 * Japanese, German, American ...); CN invention applications published as A and, when granted, B (C before 2010)
 * under the same number, utility models (U; Y before 2010), and families reaching WO, US, EP, JP and KR; a foreign
 * applicant's home filing claimed as priority by its Chinese and other members; legal status per application
 * (有效 / 审中 / 失效, WO: PCT指定期内 / PCT指定期满) with events (实质审查, 授权, 权利转移, 许可, 质押, 未缴年费 ...)
 * and the counts they imply; a new current owner after a transfer; citations growing with age; a 1–10 value score;
 * technical-effect phrases. Chinese records carry Chinese titles, abstracts, first claims and names (foreign
 * applicants in their Chinese form); all other records carry English ones.
 *
 * <p>Determinism: the record sequence of a seed is infinite and fixed; {@code generate(n)} is its first {@code n}
 * records and a longer run extends a shorter one, so {@code skip} selects overlapping windows (for example two
 * exports that share part of their publications). The same seed gives the same records on every machine; nothing
 * depends on the clock, the locale or hash-map order.
 *
 * <p>Immutable and thread-safe: each {@link #iterator()} starts a fresh sequence. Records carry a
 * {@link dev.navi.model.Provenance} of file {@code "generated (seed S)"}, row = 1-based position in the sequence
 * and layout {@value #PROVENANCE_LAYOUT}; they have no URL and no vendor source id (writers make those up per
 * layout).
 */
public final class ExportGenerator {
    /** The retrieval date the generated data set pretends to have: nothing is published after it. */
    public static final LocalDate CUTOFF = LocalDate.of(2025, 6, 30);
    /** The layout name in the provenance of generated records. */
    public static final String PROVENANCE_LAYOUT = "generator";

    private final long seed;

    public ExportGenerator(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh, infinite iterator over the seed's record sequence. */
    public Iterator<Patent> iterator() {
        return new RecordSequence(seed);
    }

    /** The seed's records as an infinite ordered stream; limit it. */
    public Stream<Patent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** The first {@code n} records. */
    public List<Patent> generate(int n) {
        return generate(0, n);
    }

    /** Records {@code skip + 1} to {@code skip + n} of the sequence. */
    public List<Patent> generate(long skip, int n) {
        if (skip < 0 || n < 0) {
            throw new IllegalArgumentException("skip and n must not be negative");
        }
        Iterator<Patent> it = iterator();
        for (long i = 0; i < skip; i++) {
            it.next();
        }
        List<Patent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(it.next());
        }
        return out;
    }
}
