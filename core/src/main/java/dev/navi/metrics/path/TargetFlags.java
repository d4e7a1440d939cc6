package dev.navi.metrics.path;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applicants a target list must not recommend without a warning: patent-holding companies (non-practising entities,
 * NPEs — they license and assert patents, they build no plant a region could attract) and defence contractors whose
 * technology is export-controlled (ITAR/EAR, EU dual-use rules), which no regional programme can "introduce".
 * <p>The list is deliberately short and public: the best-known patent-holding companies and the largest defence
 * groups by name. It is matched on whole words of the standard applicant name, case-insensitively. A flagged applicant
 * stays in the table (the analyst sees it was considered) but ranks after every unflagged one and its reason says why.
 * Extend the list here, in one place, when a project meets another one.
 */
public final class TargetFlags {
    /** Why an applicant is flagged. */
    public enum Flag {
        /** 专利运营/控股公司: licenses and asserts patents, no production. */
        NPE("npe", "专利运营/控股公司（非实施主体），不宜作为招商或人才引进对象",
                "patent-holding company (non-practising entity), not a plant or talent to attract"),
        /** 军工/出口管制: defence contractor under export control. */
        DEFENCE("defence", "国防军工企业，技术受出口管制，引进可行性低",
                "defence contractor under export control, not realistically attracted");

        private final String code;
        private final String zh;
        private final String en;

        Flag(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
        }

        /** The value written to the {@code flag} column. */
        public String code() {
            return code;
        }

        /** The reason in Chinese. */
        public String zh() {
            return zh;
        }

        /** The reason in English. */
        public String en() {
            return en;
        }
    }

    private record Entry(Pattern pattern, Flag flag) {
    }

    private static final List<Entry> ENTRIES = List.of(
            // patent-holding companies (Intellectual Ventures and its invention vehicles, licensing/assertion firms)
            npe("ELWHA"), npe("INTELLECTUAL VENTURES"), npe("INVENTION SCIENCE FUND"), npe("SEARETE"),
            npe("ACACIA RESEARCH"), npe("RPX"), npe("XINOVA"), npe("EMPIRE TECHNOLOGY DEVELOPMENT"),
            npe("DOMINION HARBOR"), npe("UNILOC"), npe("WI-LAN"), npe("WILAN"), npe("CONVERSANT INTELLECTUAL"),
            npe("PROVENANCE ASSET"), npe("SISVEL"), npe("IP BRIDGE"), npe("INTELLECTUAL DISCOVERY"),
            npe("MONUMENT PEAK"), npe("SOFTWARE RIGHTS ARCHIVE"), npe("VIRNETX"), npe("PANOPTIS"),
            npe("DAEDALUS PRIME"), npe("STRAIGHT PATH IP"), npe("LIGHTHOUSE IP"),
            // defence contractors
            def("LOCKHEED"), def("RAYTHEON"), def("RTX"), def("NORTHROP"), def("GENERAL DYNAMICS"), def("BAE SYSTEMS"),
            def("THALES"), def("L3HARRIS"), def("L3 TECHNOLOGIES"), def("HARRIS CORP"), def("LEONARDO"),
            def("ELBIT"), def("RAFAEL ADVANCED DEFENSE"), def("ISRAEL AEROSPACE"), def("SAAB"), def("MBDA"),
            def("RHEINMETALL"), def("HENSOLDT"), def("TEXTRON"), def("HUNTINGTON INGALLS"), def("KRATOS"),
            def("AEROVIRONMENT"), def("ANDURIL"), def("GENERAL ATOMICS"), def("SIERRA NEVADA"),
            def("KONGSBERG DEFENCE"), def("NAVAL GROUP"), def("DASSAULT AVIATION"), def("HANWHA AEROSPACE"),
            def("HANWHA DEFENSE"), def("LIG NEX1"), def("BHARAT ELECTRONICS"), def("UNITED STATES NAVY"),
            def("SECRETARY OF THE NAVY"), def("SECRETARY OF THE ARMY"), def("SECRETARY OF THE AIR FORCE"),
            def("US ARMY"), def("US NAVY"), def("US AIR FORCE"), def("DARPA"));

    private TargetFlags() {
    }

    /** The flag of an applicant name, if any. */
    public static Optional<Flag> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.toUpperCase(Locale.ROOT);
        for (Entry e : ENTRIES) {
            if (e.pattern().matcher(n).find()) {
                return Optional.of(e.flag());
            }
        }
        return Optional.empty();
    }

    private static Entry npe(String words) {
        return new Entry(word(words), Flag.NPE);
    }

    private static Entry def(String words) {
        return new Entry(word(words), Flag.DEFENCE);
    }

    private static Pattern word(String words) {
        return Pattern.compile("(?<![A-Z0-9])" + Pattern.quote(words) + "(?![A-Z0-9])");
    }
}
