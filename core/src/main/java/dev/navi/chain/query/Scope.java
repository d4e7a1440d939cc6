package dev.navi.chain.query;

import java.util.Locale;
import java.util.Optional;

/**
 * The record fields a query term is searched in. A term written without a field prefix has scope {@link #TIABCL}.
 * The bit mask ({@link #mask()}) has bit 0 = title, bit 1 = abstract, bit 2 = first claim.
 */
public enum Scope {
    /** Title. */
    TI(1),
    /** Abstract. */
    AB(2),
    /** Claims (the first/independent claim the export carries). */
    CL(4),
    /** Title or abstract. */
    TIAB(3),
    /** Title, abstract or claims; the default. {@code ALL:} is accepted as a synonym. */
    TIABCL(7);

    /** Bit of the title in {@link #mask()}. */
    public static final int TITLE_BIT = 1;
    /** Bit of the abstract in {@link #mask()}. */
    public static final int ABSTRACT_BIT = 2;
    /** Bit of the claims in {@link #mask()}. */
    public static final int CLAIMS_BIT = 4;

    /** The field names a query may use, as error messages list them. */
    public static final String VALID_NAMES = "TI, AB, CL, TIAB, TIABCL, ALL";

    private final int mask;

    Scope(int mask) {
        this.mask = mask;
    }

    /** Which fields this scope covers, as a bit mask. */
    public int mask() {
        return mask;
    }

    /** The scope named {@code name} (case-insensitive; {@code ALL} = {@link #TIABCL}), or empty. */
    public static Optional<Scope> byName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("ALL")) {
            return Optional.of(TIABCL);
        }
        for (Scope s : values()) {
            if (s.name().equals(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
