package dev.navi.gen;

import dev.navi.gen.Orgs.Kind;
import dev.navi.gen.Orgs.Org;
import dev.navi.gen.Vocabulary.Branch;
import dev.navi.gen.Vocabulary.Style;
import dev.navi.gen.Vocabulary.Term;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.model.Provenance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Iterator;

/**
 * The infinite, deterministic record stream of one seed: invention by invention, each with its family of
 * publications (CN A and B of one application, utility models, PCT and national-phase members abroad, or a
 * foreign applicant's home filing with its Chinese and other members), emitted in publication-date order within
 * the family. Not thread-safe; {@link ExportGenerator#iterator()} hands out a fresh one each time.
 */
final class RecordSequence implements Iterator<Patent> {
    private static final LocalDate CUTOFF = ExportGenerator.CUTOFF;
    private static final int FIRST_YEAR = 2005;
    private static final int LAST_YEAR = 2024;
    /** Filing-year weights: growth of about 18 % a year, as power-battery filings grew. */
    private static final double[] YEAR_WEIGHTS = new double[LAST_YEAR - FIRST_YEAR + 1];

    static {
        for (int i = 0; i < YEAR_WEIGHTS.length; i++) {
            YEAR_WEIGHTS[i] = Math.exp(0.17 * i);
        }
    }

    private final long seed;
    private final SplittableRandom rnd;
    private final Orgs orgs;
    private final People people;
    private final Numbers numbers;
    private final ArrayDeque<Patent.Builder> pending = new ArrayDeque<>();
    private final String provenanceFile;
    private long emitted;

    RecordSequence(long seed) {
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
        this.orgs = new Orgs(seed);
        this.people = new People(seed);
        this.numbers = new Numbers(seed);
        this.provenanceFile = "generated (seed " + seed + ")";
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Patent next() {
        while (pending.isEmpty()) {
            invention();
        }
        Patent.Builder b = pending.poll();
        if (b == null) {
            throw new NoSuchElementException();
        }
        emitted++;
        return b.provenance(new Provenance(provenanceFile, null, emitted, ExportGenerator.PROVENANCE_LAYOUT)).build();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Model of one invention.

    /** Texts shared by every member of a family. */
    private record Text(String titleZh, String titleEn, String abstractZh, String abstractEn, String claimZh,
                        String claimEn, int claims, List<String> effects, String mainIpc, List<String> ipc, List<String> cpc) {
    }

    /** One application and its legal history; its publications are listed in {@link #pubs}. */
    private static final class App {
        String office;
        String number;
        LocalDate filed;
        List<String> priorities = List.of();
        LocalDate priorityDate;
        PatentType type = PatentType.INVENTION;
        LegalStatus status;
        String statusText;
        List<String> events = List.of();
        int transfers;
        int licences;
        int pledges;
        Org newOwner;
        final List<Pub> pubs = new ArrayList<>();
    }

    private record Pub(App app, String number, String kind, LocalDate date, LocalDate grant) {
        String compact() {
            return number + kind;
        }
    }

    private void invention() {
        int year = FIRST_YEAR + Orgs.weighted(rnd, YEAR_WEIGHTS);
        LocalDate filed = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        Org first = orgs.pick(rnd, year);
        List<Org> applicants = applicants(first, year);
        Branch branch = Vocabulary.BRANCHES.get(Orgs.weighted(rnd, first.focus()));
        List<Term> inventors = people.inventors(rnd, first);
        if (applicants.size() > 1 && applicants.get(1).kind() != Kind.INDIVIDUAL && rnd.nextBoolean()) {
            List<Term> more = new ArrayList<>(inventors);
            for (Term t : people.inventors(rnd, applicants.get(1))) {
                if (more.size() < 6 && !more.contains(t)) {
                    more.add(t);
                }
            }
            inventors = more;
        }
        boolean undisclosed = first.chinese() && rnd.nextInt(first.kind() == Kind.INDIVIDUAL ? 20 : 200) == 0;
        double quality = Math.exp(rnd.nextGaussian() * 0.8 - 0.3);
        if (first.chinese()) {
            double um = branch.umShare() * switch (first.kind()) {
                case UNIVERSITY -> 0.15;
                case INSTITUTE -> 0.2;
                case INDIVIDUAL -> 1.4;
                default -> 1.0;
            };
            if (rnd.nextDouble() < Math.min(0.85, um)) {
                Text text = text(branch, true, null);
                List<App> family = new ArrayList<>();
                family.add(cnUtilityModel(filed, first));
                emit(family, text, applicants, inventors, undisclosed, quality);
                if (first.kind() == Kind.ENTERPRISE && rnd.nextInt(30) == 0) {
                    // 一案双申: the same device filed on the same day as an invention too (a separate application)
                    List<App> twin = new ArrayList<>();
                    twin.add(cnInvention(filed, first, 1, null));
                    emit(twin, text(branch, false, text), applicants, inventors, undisclosed, quality);
                }
                return;
            }
            Text text = text(branch, false, null);
            List<App> family = new ArrayList<>();
            family.add(cnInvention(filed, first, 1, null));
            if (rnd.nextDouble() < first.abroad()) {
                abroad(family, filed, "CN", first);
            }
            emit(family, text, applicants, inventors, undisclosed, quality);
            return;
        }
        Text text = text(branch, false, null);
        String home = switch (first.country()) {
            case "KR", "JP", "US" -> first.country();
            default -> "EP";
        };
        List<App> family = new ArrayList<>();
        App homeApp = foreignApp(home, filed, null, filed.plusDays(540 + rnd.nextInt(30)));
        family.add(homeApp);
        List<String> priority = List.of(priorityForm(homeApp.number));
        if (rnd.nextDouble() < 0.75) {
            boolean pct = rnd.nextBoolean();
            LocalDate cnFiled = pct ? filed.plusDays(355 + rnd.nextInt(10)) : filed.plusDays(330 + rnd.nextInt(35));
            // PCT national phase: published some 32–38 months after priority; Paris route: about 18 months
            LocalDate cnPub = pct ? filed.plusMonths(32 + rnd.nextInt(7)) : filed.plusMonths(18).plusDays(rnd.nextInt(60));
            App cn = cnInvention(cnFiled, first, pct ? 8 : 1, cnPub);
            cn.priorities = priority;
            cn.priorityDate = filed;
            family.add(cn);
        }
        for (String office : List.of("US", "EP", "JP", "KR")) {
            double p = switch (office) {
                case "US" -> 0.55;
                case "EP" -> 0.45;
                default -> 0.3;
            };
            if (!office.equals(home) && rnd.nextDouble() < p) {
                LocalDate f = filed.plusDays(340 + rnd.nextInt(25));
                App a = foreignApp(office, f, priority, filed.plusMonths(18).plusDays(rnd.nextInt(90)));
                a.priorityDate = filed;
                family.add(a);
            }
        }
        if (rnd.nextDouble() < 0.5) {
            family.add(pct(home.equals("EP") ? "EP" : home, filed, priority));
        }
        emit(family, text, applicants, inventors, undisclosed, quality);
    }

    /** The first applicant plus co-applicants (university–enterprise cooperation, group members, co-inventors). */
    private List<Org> applicants(Org first, int year) {
        List<Org> list = new ArrayList<>();
        list.add(first);
        double p;
        Kind other;
        switch (first.kind()) {
            case UNIVERSITY:
                p = 0.12;
                other = Kind.ENTERPRISE;
                break;
            case INSTITUTE:
                p = 0.10;
                other = Kind.ENTERPRISE;
                break;
            case INDIVIDUAL:
                p = 0.06;
                other = Kind.INDIVIDUAL;
                break;
            default:
                p = first.chinese() ? 0.08 : 0.03;
                other = first.chinese() && rnd.nextBoolean() ? Kind.UNIVERSITY : Kind.ENTERPRISE;
        }
        if (rnd.nextDouble() < p) {
            Org co = orgs.pick(rnd, year, other, first.chinese());
            if (co != null && co.id() != first.id()) {
                list.add(co);
                if (rnd.nextInt(8) == 0) {
                    Org third = orgs.pick(rnd, year, Kind.ENTERPRISE, first.chinese());
                    if (third != null && third.id() != first.id() && third.id() != co.id()) {
                        list.add(third);
                    }
                }
            }
        }
        return list;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Applications and their publications.

    private App cnUtilityModel(LocalDate filed, Org owner) {
        App a = new App();
        a.office = "CN";
        a.type = PatentType.UTILITY_MODEL;
        a.filed = filed;
        a.number = numbers.cnApplication(filed, 2);
        LocalDate pub = filed.plusDays(120 + rnd.nextInt(180));
        String kind = pub.getYear() <= 2009 ? "Y" : "U";
        a.pubs.add(new Pub(a, numbers.cnUtilityModel(pub), kind, pub, pub));
        List<String> events = new ArrayList<>();
        events.add(Vocabulary.EV_GRANT);
        afterGrant(a, events, owner, pub, 10, lapseMeanYears(owner) * 0.6);
        return a;
    }

    /**
     * A CN invention application: A publication, examination, maybe a B publication, transfers and lapse.
     *
     * @param pubA when the A is published, or {@code null} for the usual 18 months (35 % ask for early publication)
     */
    private App cnInvention(LocalDate filed, Org owner, int type, LocalDate pubA) {
        App a = new App();
        a.office = "CN";
        a.filed = filed;
        a.number = numbers.cnApplication(filed, type);
        if (pubA == null) {
            boolean early = rnd.nextInt(100) < 35;
            pubA = early ? filed.plusDays(180 + rnd.nextInt(200)) : filed.plusDays(540 + rnd.nextInt(30));
        }
        a.pubs.add(new Pub(a, numbers.cnInvention(pubA), "A", pubA, null));
        List<String> events = new ArrayList<>(List.of(Vocabulary.EV_PUBLISHED, Vocabulary.EV_EXAMINATION));
        LocalDate decision = a.filed.plusMonths(18 + rnd.nextInt(31));
        if (!decision.isAfter(pubA)) {
            decision = pubA.plusMonths(2 + rnd.nextInt(6));
        }
        if (decision.isAfter(CUTOFF)) {
            a.status = LegalStatus.PENDING;
            a.statusText = "审中";
            a.events = events;
            return a;
        }
        double r = rnd.nextDouble();
        if (r < 0.64) {
            String kind = decision.getYear() <= 2009 ? "C" : "B";
            a.pubs.add(new Pub(a, a.pubs.get(0).number(), kind, decision, decision));
            events.add(Vocabulary.EV_GRANT);
            afterGrant(a, events, owner, decision, 20, lapseMeanYears(owner));
            return a;
        }
        events.add(r < 0.82 ? Vocabulary.EV_REJECTED : Vocabulary.EV_WITHDRAWN);
        a.status = LegalStatus.LAPSED;
        a.statusText = "失效";
        a.events = events;
        return a;
    }

    private double lapseMeanYears(Org owner) {
        if (owner == null) {
            return 12;
        }
        return switch (owner.kind()) {
            case UNIVERSITY -> 5;
            case INSTITUTE -> 7;
            case INDIVIDUAL -> 3.5;
            default -> 10;
        };
    }

    /** Events after grant: transfers (with a new owner), licences, pledges; then lapse by fees or term. */
    private void afterGrant(App a, List<String> events, Org owner, LocalDate granted, int termYears, double lapseMean) {
        Kind kind = owner == null ? Kind.ENTERPRISE : owner.kind();
        double pTransfer = switch (kind) {
            case UNIVERSITY -> 0.10;
            case INSTITUTE -> 0.08;
            case INDIVIDUAL -> 0.15;
            default -> 0.06;
        };
        if (rnd.nextDouble() < pTransfer) {
            a.transfers = rnd.nextInt(5) == 0 ? 2 : 1;
            a.newOwner = orgs.pick(rnd, Math.min(LAST_YEAR, granted.getYear() + 1), Kind.ENTERPRISE,
                    owner == null || owner.chinese());
            events.add(Vocabulary.EV_TRANSFER); // the event list names event types once; the count says how many
        }
        if (rnd.nextDouble() < (kind == Kind.UNIVERSITY ? 0.06 : 0.025)) {
            a.licences = 1;
            events.add(Vocabulary.EV_LICENCE);
        }
        if (kind == Kind.ENTERPRISE && rnd.nextDouble() < 0.04) {
            a.pledges = 1 + rnd.nextInt(2);
            events.add(Vocabulary.EV_PLEDGE);
        }
        LocalDate expiry = a.filed.plusYears(termYears);
        LocalDate lapse = granted.plusDays((long) (-Math.log(1 - rnd.nextDouble()) * lapseMean * 365.25));
        if (!expiry.isAfter(CUTOFF)) {
            events.add(Vocabulary.EV_EXPIRED);
            a.status = LegalStatus.LAPSED;
            a.statusText = "失效";
        } else if (!lapse.isAfter(CUTOFF)) {
            events.add(Vocabulary.EV_FEES);
            a.status = LegalStatus.LAPSED;
            a.statusText = "失效";
        } else {
            a.status = LegalStatus.ACTIVE;
            a.statusText = "有效";
        }
        a.events = events;
    }

    /** Foreign members of a Chinese invention: a PCT application and some national phases. */
    private void abroad(List<App> family, LocalDate filed, String receivingOffice, Org owner) {
        List<String> priority = List.of(priorityForm(family.get(0).number));
        family.add(pct(receivingOffice, filed, priority));
        for (String office : List.of("US", "EP", "JP", "KR")) {
            double p = switch (office) {
                case "US" -> 0.6;
                case "EP" -> 0.4;
                default -> 0.3;
            };
            if (rnd.nextDouble() < p) {
                LocalDate entry = filed.plusMonths(30).plusDays(rnd.nextInt(20));
                App a = foreignApp(office, entry, priority, entry.plusDays(90 + rnd.nextInt(240)));
                a.priorityDate = filed;
                family.add(a);
            }
        }
    }

    private App pct(String receivingOffice, LocalDate priorityDate, List<String> priority) {
        App a = new App();
        a.office = "WO";
        a.filed = priorityDate.plusDays(340 + rnd.nextInt(25));
        a.number = numbers.pctApplication(receivingOffice, a.filed);
        a.priorities = priority;
        a.priorityDate = priorityDate;
        LocalDate pub = priorityDate.plusMonths(18).plusDays(rnd.nextInt(20));
        a.pubs.add(new Pub(a, numbers.woPublication(pub), "A1", pub, null));
        boolean open = priorityDate.plusMonths(30).isAfter(CUTOFF);
        a.status = open ? LegalStatus.PENDING : LegalStatus.LAPSED; // the national-phase window is open or has closed
        a.statusText = open ? "PCT指定期内" : "PCT指定期满";
        return a;
    }

    /** An application at a foreign office with its first publication and, perhaps, its grant. */
    private App foreignApp(String office, LocalDate filed, List<String> priority, LocalDate pubDate) {
        App a = new App();
        a.office = office;
        a.filed = filed;
        if (priority != null) {
            a.priorities = priority;
        }
        double pGrant;
        int grantMonthsMin;
        int grantMonthsSpread;
        switch (office) {
            case "US":
                a.number = numbers.usApplication(filed);
                a.pubs.add(new Pub(a, numbers.usPreGrant(pubDate), "A1", pubDate, null));
                pGrant = 0.6;
                grantMonthsMin = 12;
                grantMonthsSpread = 24;
                break;
            case "EP":
                a.number = numbers.epApplication(filed);
                a.pubs.add(new Pub(a, numbers.epPublication(pubDate), "A1", pubDate, null));
                pGrant = 0.4;
                grantMonthsMin = 24;
                grantMonthsSpread = 30;
                break;
            case "JP":
                a.number = numbers.jpApplication(filed);
                a.pubs.add(new Pub(a, numbers.jpPublication(pubDate), "A", pubDate, null));
                pGrant = 0.5;
                grantMonthsMin = 14;
                grantMonthsSpread = 30;
                break;
            case "KR":
                a.number = numbers.krApplication(filed);
                a.pubs.add(new Pub(a, numbers.krPublication(pubDate), "A", pubDate, null));
                pGrant = 0.55;
                grantMonthsMin = 10;
                grantMonthsSpread = 24;
                break;
            default:
                throw new IllegalArgumentException(office);
        }
        LocalDate grant = pubDate.plusMonths(grantMonthsMin + rnd.nextInt(grantMonthsSpread)).plusDays(rnd.nextInt(28));
        if (rnd.nextDouble() < pGrant && !grant.isAfter(CUTOFF)) {
            String number = switch (office) {
                case "US" -> numbers.usGrant(grant);
                case "JP" -> numbers.jpGrant(grant);
                case "KR" -> numbers.krGrant(grant);
                default -> a.pubs.get(0).number(); // EP B1 keeps the A1's number
            };
            String kind = switch (office) {
                case "US", "JP" -> "B2";
                default -> "B1";
            };
            a.pubs.add(new Pub(a, number, kind, grant, grant));
            double lapseYears = -Math.log(1 - rnd.nextDouble()) * 12;
            boolean lapsed = !a.filed.plusYears(20).isAfter(CUTOFF)
                    || !grant.plusDays((long) (lapseYears * 365.25)).isAfter(CUTOFF);
            a.status = lapsed ? LegalStatus.LAPSED : LegalStatus.ACTIVE;
            a.statusText = lapsed ? "失效" : "有效";
        } else if (pubDate.plusMonths(36).isBefore(CUTOFF) && rnd.nextBoolean()) {
            a.status = LegalStatus.LAPSED;
            a.statusText = "失效";
        } else {
            a.status = LegalStatus.PENDING;
            a.statusText = "审中";
        }
        return a;
    }

    /** A priority number as exports list it: the application number without a check digit. */
    private static String priorityForm(String applicationNumber) {
        int dot = applicationNumber.indexOf('.');
        return dot < 0 ? applicationNumber : applicationNumber.substring(0, dot);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Records.

    /** Turns a family into records: one per publication up to the cut-off, in publication-date order. */
    private void emit(List<App> family, Text text, List<Org> applicants, List<Term> inventors, boolean undisclosed,
                      double quality) {
        List<Pub> pubs = new ArrayList<>();
        for (App a : family) {
            for (Pub p : a.pubs) {
                if (!p.date().isAfter(CUTOFF)) {
                    pubs.add(p);
                }
            }
        }
        if (pubs.isEmpty()) {
            return;
        }
        pubs.sort(Comparator.comparing(Pub::date));
        String familyId = Long.toString(100_000_000 + numbers.next("FAMILY", 900_000_000));
        List<String> members = pubs.stream().map(Pub::compact).toList();
        List<String> offices = List.copyOf(new LinkedHashSet<>(pubs.stream().map(p -> p.app().office).toList()));
        for (Pub p : pubs) {
            pending.add(record(p, text, applicants, inventors, undisclosed, quality, familyId, members, offices));
        }
    }

    private Patent.Builder record(Pub p, Text text, List<Org> applicants, List<Term> inventors, boolean undisclosed,
                                  double quality, String familyId, List<String> members, List<String> offices) {
        App a = p.app();
        boolean zh = a.office.equals("CN");
        List<String> names = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        Set<String> cities = new LinkedHashSet<>();
        for (Org o : applicants) {
            names.add(zh ? o.zh() : o.en());
            groups.add(zh ? o.groupZh() : o.groupEn());
            addresses.add(zh ? o.addressZh() : o.addressEn());
            countries.add(o.country());
            if (zh && o.chinese()) {
                provinces.add(o.province());
                cities.add(o.city());
            }
        }
        List<String> owners = a.newOwner == null ? names : List.of(zh ? a.newOwner.zh() : a.newOwner.en());
        List<String> people = new ArrayList<>();
        if (!(undisclosed && zh)) {
            for (Term t : inventors) {
                people.add(zh ? t.zh() : t.en());
            }
        }
        Set<String> priorityCountries = new LinkedHashSet<>();
        for (String n : a.priorities) {
            priorityCountries.add(n.substring(0, 2));
        }
        int citedBy = citedBy(p, quality);
        int cites = poisson(switch (a.office) {
            case "US" -> 12.0;
            case "CN" -> 4.0;
            default -> 5.0;
        });
        boolean granted = a.pubs.stream().anyMatch(x -> x.grant() != null);
        double v = 2.5 + (granted ? 2 : 0) + Math.min(3, Math.log1p(citedBy)) + Math.min(2, 0.6 * (offices.size() - 1))
                + (a.transfers > 0 ? 1 : 0) + (a.licences > 0 ? 0.8 : 0)
                + (a.type == PatentType.UTILITY_MODEL ? -1 : 0) + rnd.nextGaussian() * 0.7;
        double value = Math.max(1, Math.min(10, Math.round(v)));
        Patent.Builder b = Patent.builder()
                .publicationNumber(p.compact())
                .office(a.office)
                .kindCode(p.kind())
                .applicationNumber(a.number)
                .applicationDate(a.filed)
                .publicationDate(p.date())
                .grantDate(p.grant())
                .priorityDate(a.priorityDate)
                .priorityNumbers(a.priorities)
                .priorityCountries(List.copyOf(priorityCountries))
                .title(zh ? text.titleZh() : text.titleEn())
                .abstractText(zh ? text.abstractZh() : text.abstractEn())
                .firstClaim(zh ? text.claimZh() : text.claimEn())
                .claimsCount(text.claims())
                .applicants(List.copyOf(names))
                .vendorApplicants(List.copyOf(new LinkedHashSet<>(groups)))
                .currentOwners(List.copyOf(owners))
                .inventors(List.copyOf(people))
                .applicantAddresses(List.copyOf(new LinkedHashSet<>(addresses)))
                .applicantCountries(List.copyOf(countries))
                .applicantProvinces(List.copyOf(provinces))
                .applicantCities(List.copyOf(cities))
                .ipc(text.ipc())
                .mainIpc(text.mainIpc())
                .cpc(text.cpc())
                .patentType(a.type)
                .legalStatus(a.status)
                .legalStatusText(a.statusText)
                .legalEvents(a.events)
                .transferCount(a.transfers)
                .licenceCount(a.licences)
                .pledgeCount(a.pledges)
                .litigationCount(a.events.isEmpty() ? null : 0)
                .citedByCount(citedBy)
                .citesCount(cites)
                .familyId(familyId)
                .familySize(members.size())
                .familyMembers(members)
                .familyOffices(offices)
                .valueScore(value)
                .techEffects(text.effects());
        return b;
    }

    private int citedBy(Pub p, double quality) {
        double years = Math.max(0, ChronoUnit.DAYS.between(p.date(), CUTOFF) / 365.25);
        double base = switch (p.app().office) {
            case "US" -> 1.0;
            case "CN" -> 0.45;
            case "JP", "KR" -> 0.4;
            default -> 0.5;
        };
        return Math.min(400, poisson(years * base * quality));
    }

    private int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > l) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Texts.

    /**
     * Title, abstract and first claim in Chinese and English, composed from the branch's vocabulary.
     *
     * @param twin for the invention twin of a utility model, the model's texts (same object, invention wording)
     */
    private Text text(Branch br, boolean utility, Text twin) {
        Style style = utility ? Style.STRUCTURE : br.style();
        List<Term> objects = utility ? (br.umObjects().isEmpty() ? br.objects() : br.umObjects()) : br.objects();
        Term obj = pick(objects);
        if (twin != null) {
            obj = new Term(twin.titleZh().replaceFirst("^一种", ""), twin.titleEn().toLowerCase(Locale.ROOT));
            style = Style.STRUCTURE;
        }
        List<Term> parts = br.parts().isEmpty() || br.style() == Style.MATERIAL ? Vocabulary.DEVICE_PARTS : br.parts();
        Term app = pick(Vocabulary.APPLICATIONS);
        List<Term> effects = distinct(br.effects().stream().map(Vocabulary.EFFECTS::get).toList(), 2 + rnd.nextInt(2));
        Term e1 = effects.get(0);
        Term e2 = effects.get(1);
        String who = utility ? "本实用新型" : "本发明";
        String whoEn = utility ? "The utility model" : "The invention";
        String titleZh;
        String titleEn;
        String abstractZh;
        String abstractEn;
        String claimZh;
        String claimEn;
        switch (style) {
            case MATERIAL: {
                Term mod = rnd.nextBoolean() ? pick(Vocabulary.MODIFIERS) : new Term("", "");
                String mZh = mod.zh() + obj.zh();
                String mEn = (mod.en().isEmpty() ? "" : mod.en() + " ") + obj.en();
                switch (rnd.nextInt(4)) {
                    case 0 -> {
                        titleZh = "一种" + mZh + "及其制备方法";
                        titleEn = capital(mEn) + " and preparation method therefor";
                    }
                    case 1 -> {
                        titleZh = mZh + "的制备方法";
                        titleEn = "Method for preparing " + article(mEn) + " " + mEn;
                    }
                    case 2 -> {
                        titleZh = "一种" + mZh + "、其制备方法及" + app.zh();
                        titleEn = capital(mEn) + ", preparation method thereof and " + app.en();
                    }
                    default -> {
                        titleZh = mZh + "及包含其的" + app.zh();
                        titleEn = capital(mEn) + " and " + app.en() + " comprising same";
                    }
                }
                List<Term> comps = distinct(br.parts(), 2);
                List<Term> steps = distinct(br.steps(), 3);
                int p1 = 1 + rnd.nextInt(10);
                int p2 = p1 + 1 + rnd.nextInt(20);
                abstractZh = who + "公开了一种" + mZh + "及其制备方法。所述" + mZh + "包括" + comps.get(0).zh() + "和"
                        + comps.get(1).zh() + "，所述" + comps.get(1).zh() + "的质量占比为" + p1 + "%～" + p2
                        + "%。所述制备方法包括：" + steps.get(0).zh() + "；" + steps.get(1).zh() + "；" + steps.get(2).zh()
                        + "。" + who + e1.zh() + "，" + e2.zh() + "，适用于" + app.zh() + "。";
                abstractEn = whoEn.replace("The", "The present") + " discloses " + article(mEn) + " " + mEn
                        + " and a preparation method thereof. The " + mEn + " comprises " + comps.get(0).en() + " and "
                        + comps.get(1).en() + ", wherein the mass fraction of the " + comps.get(1).en() + " is " + p1 + "% to "
                        + p2 + "%. The preparation method comprises: " + steps.get(0).en() + "; " + steps.get(1).en() + "; "
                        + steps.get(2).en() + ". " + whoEn + " " + e1.en() + " and " + e2.en() + ", and is suitable for "
                        + article(app.en()) + " " + app.en() + ".";
                claimZh = "1.一种" + mZh + "，其特征在于，包括" + comps.get(0).zh() + "和" + comps.get(1).zh() + "，所述"
                        + comps.get(1).zh() + "的质量占比为" + p1 + "%～" + p2 + "%。";
                claimEn = "1. " + capital(article(mEn)) + " " + mEn + ", characterized by comprising " + comps.get(0).en()
                        + " and " + comps.get(1).en() + ", wherein the mass fraction of the " + comps.get(1).en() + " is "
                        + p1 + "% to " + p2 + "%.";
                break;
            }
            case STRUCTURE: {
                if (twin != null) {
                    titleZh = twin.titleZh();
                    titleEn = twin.titleEn();
                } else {
                    switch (rnd.nextInt(utility ? 2 : 3)) {
                        case 0 -> {
                            titleZh = "一种" + obj.zh();
                            titleEn = capital(obj.en());
                        }
                        case 1 -> {
                            titleZh = obj.zh() + "及" + app.zh();
                            titleEn = capital(obj.en()) + " and " + app.en();
                        }
                        default -> {
                            titleZh = obj.zh() + "、电池包及用电装置";
                            titleEn = capital(obj.en()) + ", battery pack and electrical device";
                        }
                    }
                }
                List<Term> ps = distinct(parts, 3);
                Term pos = pick(Vocabulary.POSITIONS);
                Term rel = pick(Vocabulary.RELATIONS);
                abstractZh = who + "公开了一种" + obj.zh() + "，包括" + ps.get(0).zh() + "、" + ps.get(1).zh() + "和"
                        + ps.get(2).zh() + "，所述" + ps.get(0).zh() + "设置于" + ps.get(1).zh() + pos.zh() + "，所述"
                        + ps.get(2).zh() + "与" + ps.get(1).zh() + rel.zh() + "。" + who + e1.zh() + "，" + e2.zh() + "。";
                abstractEn = whoEn + " discloses " + article(obj.en()) + " " + obj.en() + ", comprising "
                        + article(ps.get(0).en()) + " " + ps.get(0).en() + ", " + article(ps.get(1).en()) + " "
                        + ps.get(1).en() + " and " + article(ps.get(2).en()) + " " + ps.get(2).en() + ", wherein the "
                        + ps.get(0).en() + " is arranged " + pos.en() + " the " + ps.get(1).en() + ", and the "
                        + ps.get(2).en() + " is " + rel.en() + " the " + ps.get(1).en() + ". " + whoEn + " " + e1.en()
                        + " and " + e2.en() + ".";
                claimZh = "1.一种" + obj.zh() + "，其特征在于，包括" + ps.get(0).zh() + "、" + ps.get(1).zh() + "和"
                        + ps.get(2).zh() + "；所述" + ps.get(0).zh() + "设置于所述" + ps.get(1).zh() + pos.zh() + "。";
                claimEn = "1. " + capital(article(obj.en())) + " " + obj.en() + ", characterized by comprising "
                        + article(ps.get(0).en()) + " " + ps.get(0).en() + ", " + article(ps.get(1).en()) + " "
                        + ps.get(1).en() + " and " + article(ps.get(2).en()) + " " + ps.get(2).en() + ", wherein the "
                        + ps.get(0).en() + " is arranged " + pos.en() + " the " + ps.get(1).en() + ".";
                break;
            }
            default: {
                boolean bms = br.id().equals("bms");
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        titleZh = obj.zh();
                        titleEn = capital(obj.en());
                    }
                    case 1 -> {
                        titleZh = obj.zh() + (bms ? "、装置、设备及存储介质" : "及系统");
                        titleEn = capital(obj.en()) + (bms ? ", apparatus, device and storage medium" : " and system");
                    }
                    default -> {
                        titleZh = "一种" + obj.zh() + "及其应用";
                        titleEn = capital(obj.en()) + " and use thereof";
                    }
                }
                List<Term> steps = distinct(br.steps(), 3);
                abstractZh = who + "公开了一种" + obj.zh() + "，包括以下步骤：" + steps.get(0).zh() + "；" + steps.get(1).zh()
                        + "；" + steps.get(2).zh() + "。" + who + e1.zh() + "，" + e2.zh() + "。";
                abstractEn = whoEn + " discloses " + article(obj.en()) + " " + obj.en() + ", comprising the following steps: "
                        + steps.get(0).en() + "; " + steps.get(1).en() + "; " + steps.get(2).en() + ". " + whoEn + " "
                        + e1.en() + " and " + e2.en() + ".";
                claimZh = "1.一种" + obj.zh() + "，其特征在于，包括以下步骤：" + steps.get(0).zh() + "；" + steps.get(1).zh()
                        + "；" + steps.get(2).zh() + "。";
                claimEn = "1. " + capital(article(obj.en())) + " " + obj.en() + ", characterized by comprising the following "
                        + "steps: " + steps.get(0).en() + "; " + steps.get(1).en() + "; " + steps.get(2).en() + ".";
            }
        }
        int claims = utility ? 3 + rnd.nextInt(8) : 6 + rnd.nextInt(15);
        String main = pick(br.mainIpc());
        List<String> ipcPool = new ArrayList<>(br.mainIpc());
        ipcPool.addAll(br.extraIpc());
        ipcPool.remove(main);
        List<String> ipc = new ArrayList<>();
        ipc.add(main);
        ipc.addAll(distinct(ipcPool, rnd.nextInt(4)));
        List<String> cpc = distinct(br.cpc(), 1 + rnd.nextInt(4));
        return new Text(titleZh, titleEn, abstractZh, abstractEn, claimZh, claimEn, claims,
                effects.stream().map(Term::zh).toList(), main, List.copyOf(ipc), List.copyOf(cpc));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "a" or "an" for an English noun phrase. */
    private static String article(String phrase) {
        char c = Character.toLowerCase(phrase.charAt(0));
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an" : "a";
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** {@code n} distinct elements (fewer if the list is shorter), in drawing order. */
    private <T> List<T> distinct(List<T> list, int n) {
        List<T> pool = new ArrayList<>(list);
        List<T> out = new ArrayList<>(Math.min(n, pool.size()));
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(rnd.nextInt(pool.size())));
        }
        return out;
    }
}
