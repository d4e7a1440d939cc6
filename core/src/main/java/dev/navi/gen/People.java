package dev.navi.gen;

import dev.navi.gen.Vocabulary.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Inventors: each applicant has a stable team (so the same people recur on an applicant's filings, as talent
 * analysis expects), drawn with a skew so that a few prolific inventors appear often. A team is built from its own
 * random stream seeded by the generator seed and the applicant, so it does not depend on the order of use.
 */
final class People {
    private final long seed;
    private final Map<Integer, List<Term>> teams = new HashMap<>();

    People(long seed) {
        this.seed = seed;
    }

    /** 1–6 distinct inventors for a filing of {@code org} (individuals name themselves first). */
    List<Term> inventors(SplittableRandom rnd, Orgs.Org org) {
        List<Term> team = teams.computeIfAbsent(org.id(), id -> team(org));
        int n;
        switch (org.kind()) {
            case INDIVIDUAL:
                n = rnd.nextInt(3) == 0 ? 2 : 1;
                break;
            case UNIVERSITY:
            case INSTITUTE:
                n = 2 + rnd.nextInt(5);
                break;
            default:
                n = 1 + rnd.nextInt(6);
        }
        Set<Term> chosen = new LinkedHashSet<>();
        if (org.kind() == Orgs.Kind.INDIVIDUAL) {
            chosen.add(new Term(org.zh(), org.en()));
        }
        for (int attempt = 0; chosen.size() < n && attempt < 30; attempt++) {
            double r = rnd.nextDouble();
            chosen.add(team.get((int) (r * r * team.size())));
        }
        return new ArrayList<>(chosen);
    }

    private List<Term> team(Orgs.Org org) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + org.zh().hashCode());
        int size = org.kind() == Orgs.Kind.INDIVIDUAL ? 6 : (int) Math.min(400, 8 + org.weight() * 40 * (0.5 + rnd.nextDouble()));
        Set<Term> team = new LinkedHashSet<>();
        for (int attempt = 0; team.size() < size && attempt < size * 10; attempt++) {
            team.add(person(rnd, org.country()));
        }
        return new ArrayList<>(team);
    }

    private static Term person(SplittableRandom rnd, String country) {
        switch (country) {
            case "CN":
                return chineseName(rnd);
            case "KR": {
                String s = pick(rnd, Vocabulary.KOREAN_SURNAMES);
                String g = pick(rnd, Vocabulary.KOREAN_GIVEN);
                return latin(g + " " + s);
            }
            case "JP": {
                String s = pick(rnd, Vocabulary.JAPANESE_SURNAMES);
                String g = pick(rnd, Vocabulary.JAPANESE_GIVEN);
                return latin(g + " " + s);
            }
            default: {
                String g = pick(rnd, Vocabulary.WESTERN_GIVEN);
                String m = rnd.nextInt(10) < 4 ? " " + pick(rnd, Vocabulary.WESTERN_INITIALS) : "";
                String s = pick(rnd, Vocabulary.WESTERN_SURNAMES);
                return latin(g + m + " " + s);
            }
        }
    }

    private static Term latin(String name) {
        return new Term(name, name);
    }

    /** A Chinese personal name and its pinyin in Western order ("Xiaoming Zhang"). */
    static Term chineseName(SplittableRandom rnd) {
        List<Term> surnames = Vocabulary.SURNAMES;
        double r = rnd.nextDouble();
        Term surname = surnames.get((int) (r * r * surnames.size()));
        Term g1 = Vocabulary.GIVEN.get(rnd.nextInt(Vocabulary.GIVEN.size()));
        if (rnd.nextInt(10) < 3) {
            return new Term(surname.zh() + g1.zh(), capital(g1.en()) + " " + surname.en());
        }
        Term g2 = Vocabulary.GIVEN.get(rnd.nextInt(Vocabulary.GIVEN.size()));
        return new Term(surname.zh() + g1.zh() + g2.zh(), capital(g1.en()) + g2.en() + " " + surname.en());
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static <T> T pick(SplittableRandom rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
