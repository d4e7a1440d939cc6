package dev.navi.clean.region;

import java.util.Objects;

/**
 * A country attributed to an applicant, with where the guess came from, so that every output can say how sure
 * it is.
 *
 * @param iso2   ISO 3166-1 alpha-2 code, upper case (CN, US, JP; HK, MO and TW are kept apart from CN as the
 *               offices' data keep them; a later stage may fold them into CN)
 * @param source the evidence the country was taken from
 */
public record CountryGuess(String iso2, Source source) {

    /** Evidence for a country, strongest first: the order in which the clean stage tries them. */
    public enum Source {
        /** The export's own country column for the applicant. */
        COUNTRY_FIELD,
        /** The applicant's address: a country name, a US state with ZIP code, a Chinese province or city. */
        ADDRESS,
        /** A country tag glued to the name: {@code ELWHA LLC [US]}, {@code NAME (DE)}. */
        NAME_TAG,
        /** The writing or the legal form of the name: Hangul, kana, 株式会社, a Chinese company named after its
         * Chinese place. */
        NAME_SCRIPT,
        /** The office of the earliest priority: the applicant usually files at home first. */
        PRIORITY_OFFICE,
        /** The publishing office: the weakest guess, since foreign applicants file there too. */
        PUBLICATION_OFFICE
    }

    public CountryGuess {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(source, "source");
        if (iso2.length() != 2 || !upperLatin(iso2.charAt(0)) || !upperLatin(iso2.charAt(1))) { // no regex: one per applicant
            throw new IllegalArgumentException("iso2 must be two upper-case letters, was " + iso2);
        }
    }

    private static boolean upperLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
