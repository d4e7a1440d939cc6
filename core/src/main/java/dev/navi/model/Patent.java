package dev.navi.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical patent record: one publication as one export row described it, mapped to navi's fields.
 *
 * <p>Immutable. Text, date, number and enum components are {@code null} when the export did not carry them;
 * list components are never null (empty when absent) and unmodifiable. {@link #extra()} holds the export's
 * columns that map to no canonical field, in the export's column order, so nothing the analyst exported is
 * dropped (they travel to the Excel data sheet). {@link #provenance()} is required.
 *
 * <p>{@link #title()} and {@link #abstractText()} are the record's texts as the export's first language gave them;
 * {@link #titleAlt()} and {@link #abstractAlt()} hold the same texts in the export's other language when it has
 * both (incoPat's {@code 标题 (中文)} and {@code 标题 (英文)}), {@code null} otherwise or when they repeat the first.
 *
 * <p>The generated accessors are typed; {@link #get(Field)} and {@link Builder#set(Field, Object)} give
 * generic access by {@link Field} for readers, writers and mapping files.
 */
public record Patent(
        String publicationNumber,
        String office,
        String kindCode,
        String applicationNumber,
        String sourceId,
        LocalDate applicationDate,
        LocalDate publicationDate,
        LocalDate grantDate,
        LocalDate priorityDate,
        List<String> priorityNumbers,
        List<String> priorityCountries,
        String title,
        String abstractText,
        String firstClaim,
        Integer claimsCount,
        List<String> applicants,
        List<String> vendorApplicants,
        List<String> currentOwners,
        List<String> inventors,
        List<String> applicantAddresses,
        List<String> applicantCountries,
        List<String> applicantProvinces,
        List<String> applicantCities,
        List<String> ipc,
        String mainIpc,
        List<String> cpc,
        PatentType patentType,
        LegalStatus legalStatus,
        String legalStatusText,
        List<String> legalEvents,
        Integer transferCount,
        Integer licenceCount,
        Integer pledgeCount,
        Integer litigationCount,
        Integer citedByCount,
        Integer citesCount,
        String familyId,
        Integer familySize,
        List<String> familyMembers,
        List<String> familyOffices,
        Double valueScore,
        List<String> techEffects,
        String url,
        String titleAlt,
        String abstractAlt,
        Map<String, String> extra,
        Provenance provenance) {

    public Patent {
        // the lists are copied in one loop: sixteen inlined List.copyOf made this constructor one of the largest single
        // C2 compiles of a run (68 kB of machine code, about a second of a compiler thread)
        List<String>[] l = copies(priorityNumbers, priorityCountries, applicants, vendorApplicants, currentOwners, inventors,
                applicantAddresses, applicantCountries, applicantProvinces, applicantCities, ipc, cpc, legalEvents,
                familyMembers, familyOffices, techEffects);
        priorityNumbers = l[0];
        priorityCountries = l[1];
        applicants = l[2];
        vendorApplicants = l[3];
        currentOwners = l[4];
        inventors = l[5];
        applicantAddresses = l[6];
        applicantCountries = l[7];
        applicantProvinces = l[8];
        applicantCities = l[9];
        ipc = l[10];
        cpc = l[11];
        legalEvents = l[12];
        familyMembers = l[13];
        familyOffices = l[14];
        techEffects = l[15];
        extra = TextMap.copyOf(Objects.requireNonNull(extra, "extra")); // compact: a million records each carry one
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Each list as {@link List#copyOf}, in place. */
    @SafeVarargs
    private static List<String>[] copies(List<String>... lists) {
        for (int i = 0; i < lists.length; i++) {
            lists[i] = List.copyOf(lists[i]);
        }
        return lists;
    }

    /** The value of a canonical field (typed as the accessor is; lists never null). */
    public Object get(Field field) {
        switch (field) {
            case PUBLICATION_NUMBER: return publicationNumber;
            case OFFICE: return office;
            case KIND_CODE: return kindCode;
            case APPLICATION_NUMBER: return applicationNumber;
            case SOURCE_ID: return sourceId;
            case APPLICATION_DATE: return applicationDate;
            case PUBLICATION_DATE: return publicationDate;
            case GRANT_DATE: return grantDate;
            case PRIORITY_DATE: return priorityDate;
            case PRIORITY_NUMBERS: return priorityNumbers;
            case PRIORITY_COUNTRIES: return priorityCountries;
            case TITLE: return title;
            case ABSTRACT: return abstractText;
            case FIRST_CLAIM: return firstClaim;
            case CLAIMS_COUNT: return claimsCount;
            case APPLICANTS: return applicants;
            case VENDOR_APPLICANTS: return vendorApplicants;
            case CURRENT_OWNERS: return currentOwners;
            case INVENTORS: return inventors;
            case APPLICANT_ADDRESSES: return applicantAddresses;
            case APPLICANT_COUNTRIES: return applicantCountries;
            case APPLICANT_PROVINCES: return applicantProvinces;
            case APPLICANT_CITIES: return applicantCities;
            case IPC: return ipc;
            case MAIN_IPC: return mainIpc;
            case CPC: return cpc;
            case PATENT_TYPE: return patentType;
            case LEGAL_STATUS: return legalStatus;
            case LEGAL_STATUS_TEXT: return legalStatusText;
            case LEGAL_EVENTS: return legalEvents;
            case TRANSFER_COUNT: return transferCount;
            case LICENCE_COUNT: return licenceCount;
            case PLEDGE_COUNT: return pledgeCount;
            case LITIGATION_COUNT: return litigationCount;
            case CITED_BY_COUNT: return citedByCount;
            case CITES_COUNT: return citesCount;
            case FAMILY_ID: return familyId;
            case FAMILY_SIZE: return familySize;
            case FAMILY_MEMBERS: return familyMembers;
            case FAMILY_OFFICES: return familyOffices;
            case VALUE_SCORE: return valueScore;
            case TECH_EFFECTS: return techEffects;
            case URL: return url;
            case TITLE_ALT: return titleAlt;
            case ABSTRACT_ALT: return abstractAlt;
            default: throw new IllegalArgumentException(field.name());
        }
    }

    /** The identifier used in messages: the publication number, else the application number, else the source id. */
    public String displayId() {
        if (publicationNumber != null) {
            return publicationNumber;
        }
        return applicationNumber != null ? applicationNumber : sourceId;
    }

    /**
     * An unmodifiable {@link #extra()} map from alternating column names and values, in that order, without a map built
     * first (the clean cache reads a million of them). The array is kept: the caller must not change it afterwards.
     */
    public static Map<String, String> extraOf(String... columnsAndValues) {
        return TextMap.ofPairs(columnsAndValues);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
            b.publicationNumber = publicationNumber;
            b.office = office;
            b.kindCode = kindCode;
            b.applicationNumber = applicationNumber;
            b.sourceId = sourceId;
            b.applicationDate = applicationDate;
            b.publicationDate = publicationDate;
            b.grantDate = grantDate;
            b.priorityDate = priorityDate;
            b.priorityNumbers = priorityNumbers;
            b.priorityCountries = priorityCountries;
            b.title = title;
            b.abstractText = abstractText;
            b.firstClaim = firstClaim;
            b.claimsCount = claimsCount;
            b.applicants = applicants;
            b.vendorApplicants = vendorApplicants;
            b.currentOwners = currentOwners;
            b.inventors = inventors;
            b.applicantAddresses = applicantAddresses;
            b.applicantCountries = applicantCountries;
            b.applicantProvinces = applicantProvinces;
            b.applicantCities = applicantCities;
            b.ipc = ipc;
            b.mainIpc = mainIpc;
            b.cpc = cpc;
            b.patentType = patentType;
            b.legalStatus = legalStatus;
            b.legalStatusText = legalStatusText;
            b.legalEvents = legalEvents;
            b.transferCount = transferCount;
            b.licenceCount = licenceCount;
            b.pledgeCount = pledgeCount;
            b.litigationCount = litigationCount;
            b.citedByCount = citedByCount;
            b.citesCount = citesCount;
            b.familyId = familyId;
            b.familySize = familySize;
            b.familyMembers = familyMembers;
            b.familyOffices = familyOffices;
            b.valueScore = valueScore;
            b.techEffects = techEffects;
            b.url = url;
            b.titleAlt = titleAlt;
            b.abstractAlt = abstractAlt;
        b.extra = extra; // the record's own unmodifiable map: copied only when the builder adds to it
        b.provenance = provenance;
        return b;
    }

    /** Mutable builder; not thread-safe. Lists given to it are copied by {@link #build()}. */
    public static final class Builder {
        private String publicationNumber;
        private String office;
        private String kindCode;
        private String applicationNumber;
        private String sourceId;
        private LocalDate applicationDate;
        private LocalDate publicationDate;
        private LocalDate grantDate;
        private LocalDate priorityDate;
        private List<String> priorityNumbers = List.of();
        private List<String> priorityCountries = List.of();
        private String title;
        private String abstractText;
        private String firstClaim;
        private Integer claimsCount;
        private List<String> applicants = List.of();
        private List<String> vendorApplicants = List.of();
        private List<String> currentOwners = List.of();
        private List<String> inventors = List.of();
        private List<String> applicantAddresses = List.of();
        private List<String> applicantCountries = List.of();
        private List<String> applicantProvinces = List.of();
        private List<String> applicantCities = List.of();
        private List<String> ipc = List.of();
        private String mainIpc;
        private List<String> cpc = List.of();
        private PatentType patentType;
        private LegalStatus legalStatus;
        private String legalStatusText;
        private List<String> legalEvents = List.of();
        private Integer transferCount;
        private Integer licenceCount;
        private Integer pledgeCount;
        private Integer litigationCount;
        private Integer citedByCount;
        private Integer citesCount;
        private String familyId;
        private Integer familySize;
        private List<String> familyMembers = List.of();
        private List<String> familyOffices = List.of();
        private Double valueScore;
        private List<String> techEffects = List.of();
        private String url;
        private String titleAlt;
        private String abstractAlt;
        private Map<String, String> extra = new LinkedHashMap<>();
        private Provenance provenance;

        private Builder() {
        }

        public Builder publicationNumber(String v) {
            this.publicationNumber = v;
            return this;
        }

        public Builder office(String v) {
            this.office = v;
            return this;
        }

        public Builder kindCode(String v) {
            this.kindCode = v;
            return this;
        }

        public Builder applicationNumber(String v) {
            this.applicationNumber = v;
            return this;
        }

        public Builder sourceId(String v) {
            this.sourceId = v;
            return this;
        }

        public Builder applicationDate(LocalDate v) {
            this.applicationDate = v;
            return this;
        }

        public Builder publicationDate(LocalDate v) {
            this.publicationDate = v;
            return this;
        }

        public Builder grantDate(LocalDate v) {
            this.grantDate = v;
            return this;
        }

        public Builder priorityDate(LocalDate v) {
            this.priorityDate = v;
            return this;
        }

        public Builder priorityNumbers(List<String> v) {
            this.priorityNumbers = v == null ? List.of() : v;
            return this;
        }

        public Builder priorityCountries(List<String> v) {
            this.priorityCountries = v == null ? List.of() : v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder abstractText(String v) {
            this.abstractText = v;
            return this;
        }

        public Builder firstClaim(String v) {
            this.firstClaim = v;
            return this;
        }

        public Builder claimsCount(Integer v) {
            this.claimsCount = v;
            return this;
        }

        public Builder applicants(List<String> v) {
            this.applicants = v == null ? List.of() : v;
            return this;
        }

        public Builder vendorApplicants(List<String> v) {
            this.vendorApplicants = v == null ? List.of() : v;
            return this;
        }

        public Builder currentOwners(List<String> v) {
            this.currentOwners = v == null ? List.of() : v;
            return this;
        }

        public Builder inventors(List<String> v) {
            this.inventors = v == null ? List.of() : v;
            return this;
        }

        public Builder applicantAddresses(List<String> v) {
            this.applicantAddresses = v == null ? List.of() : v;
            return this;
        }

        public Builder applicantCountries(List<String> v) {
            this.applicantCountries = v == null ? List.of() : v;
            return this;
        }

        public Builder applicantProvinces(List<String> v) {
            this.applicantProvinces = v == null ? List.of() : v;
            return this;
        }

        public Builder applicantCities(List<String> v) {
            this.applicantCities = v == null ? List.of() : v;
            return this;
        }

        public Builder ipc(List<String> v) {
            this.ipc = v == null ? List.of() : v;
            return this;
        }

        public Builder mainIpc(String v) {
            this.mainIpc = v;
            return this;
        }

        public Builder cpc(List<String> v) {
            this.cpc = v == null ? List.of() : v;
            return this;
        }

        public Builder patentType(PatentType v) {
            this.patentType = v;
            return this;
        }

        public Builder legalStatus(LegalStatus v) {
            this.legalStatus = v;
            return this;
        }

        public Builder legalStatusText(String v) {
            this.legalStatusText = v;
            return this;
        }

        public Builder legalEvents(List<String> v) {
            this.legalEvents = v == null ? List.of() : v;
            return this;
        }

        public Builder transferCount(Integer v) {
            this.transferCount = v;
            return this;
        }

        public Builder licenceCount(Integer v) {
            this.licenceCount = v;
            return this;
        }

        public Builder pledgeCount(Integer v) {
            this.pledgeCount = v;
            return this;
        }

        public Builder litigationCount(Integer v) {
            this.litigationCount = v;
            return this;
        }

        public Builder citedByCount(Integer v) {
            this.citedByCount = v;
            return this;
        }

        public Builder citesCount(Integer v) {
            this.citesCount = v;
            return this;
        }

        public Builder familyId(String v) {
            this.familyId = v;
            return this;
        }

        public Builder familySize(Integer v) {
            this.familySize = v;
            return this;
        }

        public Builder familyMembers(List<String> v) {
            this.familyMembers = v == null ? List.of() : v;
            return this;
        }

        public Builder familyOffices(List<String> v) {
            this.familyOffices = v == null ? List.of() : v;
            return this;
        }

        public Builder valueScore(Double v) {
            this.valueScore = v;
            return this;
        }

        public Builder techEffects(List<String> v) {
            this.techEffects = v == null ? List.of() : v;
            return this;
        }

        public Builder url(String v) {
            this.url = v;
            return this;
        }

        /** The title in the export's other language (the tagger searches it with the title). */
        public Builder titleAlt(String v) {
            this.titleAlt = v;
            return this;
        }

        /** The abstract in the export's other language (the tagger searches it with the abstract). */
        public Builder abstractAlt(String v) {
            this.abstractAlt = v;
            return this;
        }

        public Builder extra(Map<String, String> v) {
            // a record's extra map is unmodifiable and kept as it is (the clean stage's merges pass one on per merge);
            // any other map is copied
            this.extra = v instanceof TextMap ? v : new LinkedHashMap<>(v);
            return this;
        }

        /** Adds one unmapped column value (kept in insertion order). */
        public Builder putExtra(String column, String value) {
            if (this.extra instanceof TextMap) {
                this.extra = new LinkedHashMap<>(this.extra);
            }
            this.extra.put(column, value);
            return this;
        }

        /** The unmapped column value set so far under {@code column}, or {@code null}. */
        public String extraValue(String column) {
            return this.extra.get(column);
        }

        public Builder provenance(Provenance v) {
            this.provenance = v;
            return this;
        }

        /** The value currently set for a field. */
        public Object get(Field field) {
            switch (field) {
                case PUBLICATION_NUMBER: return publicationNumber;
                case OFFICE: return office;
                case KIND_CODE: return kindCode;
                case APPLICATION_NUMBER: return applicationNumber;
                case SOURCE_ID: return sourceId;
                case APPLICATION_DATE: return applicationDate;
                case PUBLICATION_DATE: return publicationDate;
                case GRANT_DATE: return grantDate;
                case PRIORITY_DATE: return priorityDate;
                case PRIORITY_NUMBERS: return priorityNumbers;
                case PRIORITY_COUNTRIES: return priorityCountries;
                case TITLE: return title;
                case ABSTRACT: return abstractText;
                case FIRST_CLAIM: return firstClaim;
                case CLAIMS_COUNT: return claimsCount;
                case APPLICANTS: return applicants;
                case VENDOR_APPLICANTS: return vendorApplicants;
                case CURRENT_OWNERS: return currentOwners;
                case INVENTORS: return inventors;
                case APPLICANT_ADDRESSES: return applicantAddresses;
                case APPLICANT_COUNTRIES: return applicantCountries;
                case APPLICANT_PROVINCES: return applicantProvinces;
                case APPLICANT_CITIES: return applicantCities;
                case IPC: return ipc;
                case MAIN_IPC: return mainIpc;
                case CPC: return cpc;
                case PATENT_TYPE: return patentType;
                case LEGAL_STATUS: return legalStatus;
                case LEGAL_STATUS_TEXT: return legalStatusText;
                case LEGAL_EVENTS: return legalEvents;
                case TRANSFER_COUNT: return transferCount;
                case LICENCE_COUNT: return licenceCount;
                case PLEDGE_COUNT: return pledgeCount;
                case LITIGATION_COUNT: return litigationCount;
                case CITED_BY_COUNT: return citedByCount;
                case CITES_COUNT: return citesCount;
                case FAMILY_ID: return familyId;
                case FAMILY_SIZE: return familySize;
                case FAMILY_MEMBERS: return familyMembers;
                case FAMILY_OFFICES: return familyOffices;
                case VALUE_SCORE: return valueScore;
                case TECH_EFFECTS: return techEffects;
                case URL: return url;
                case TITLE_ALT: return titleAlt;
                case ABSTRACT_ALT: return abstractAlt;
                default: throw new IllegalArgumentException(field.name());
            }
        }

        /**
         * Sets a field from an already typed value (String, LocalDate, Integer, Double, List of String,
         * PatentType or LegalStatus as the field's {@link Field.Kind} says).
         *
         * @throws ClassCastException when the value has the wrong type for the field
         */
        @SuppressWarnings("unchecked")
        public Builder set(Field field, Object value) {
            if (value == null && field.kind() == Field.Kind.LIST) {
                value = List.of();
            }
            switch (field) {
                case PUBLICATION_NUMBER: publicationNumber = (String) value; break;
                case OFFICE: office = (String) value; break;
                case KIND_CODE: kindCode = (String) value; break;
                case APPLICATION_NUMBER: applicationNumber = (String) value; break;
                case SOURCE_ID: sourceId = (String) value; break;
                case APPLICATION_DATE: applicationDate = (LocalDate) value; break;
                case PUBLICATION_DATE: publicationDate = (LocalDate) value; break;
                case GRANT_DATE: grantDate = (LocalDate) value; break;
                case PRIORITY_DATE: priorityDate = (LocalDate) value; break;
                case PRIORITY_NUMBERS: priorityNumbers = (List<String>) value; break;
                case PRIORITY_COUNTRIES: priorityCountries = (List<String>) value; break;
                case TITLE: title = (String) value; break;
                case ABSTRACT: abstractText = (String) value; break;
                case FIRST_CLAIM: firstClaim = (String) value; break;
                case CLAIMS_COUNT: claimsCount = (Integer) value; break;
                case APPLICANTS: applicants = (List<String>) value; break;
                case VENDOR_APPLICANTS: vendorApplicants = (List<String>) value; break;
                case CURRENT_OWNERS: currentOwners = (List<String>) value; break;
                case INVENTORS: inventors = (List<String>) value; break;
                case APPLICANT_ADDRESSES: applicantAddresses = (List<String>) value; break;
                case APPLICANT_COUNTRIES: applicantCountries = (List<String>) value; break;
                case APPLICANT_PROVINCES: applicantProvinces = (List<String>) value; break;
                case APPLICANT_CITIES: applicantCities = (List<String>) value; break;
                case IPC: ipc = (List<String>) value; break;
                case MAIN_IPC: mainIpc = (String) value; break;
                case CPC: cpc = (List<String>) value; break;
                case PATENT_TYPE: patentType = (PatentType) value; break;
                case LEGAL_STATUS: legalStatus = (LegalStatus) value; break;
                case LEGAL_STATUS_TEXT: legalStatusText = (String) value; break;
                case LEGAL_EVENTS: legalEvents = (List<String>) value; break;
                case TRANSFER_COUNT: transferCount = (Integer) value; break;
                case LICENCE_COUNT: licenceCount = (Integer) value; break;
                case PLEDGE_COUNT: pledgeCount = (Integer) value; break;
                case LITIGATION_COUNT: litigationCount = (Integer) value; break;
                case CITED_BY_COUNT: citedByCount = (Integer) value; break;
                case CITES_COUNT: citesCount = (Integer) value; break;
                case FAMILY_ID: familyId = (String) value; break;
                case FAMILY_SIZE: familySize = (Integer) value; break;
                case FAMILY_MEMBERS: familyMembers = (List<String>) value; break;
                case FAMILY_OFFICES: familyOffices = (List<String>) value; break;
                case VALUE_SCORE: valueScore = (Double) value; break;
                case TECH_EFFECTS: techEffects = (List<String>) value; break;
                case URL: url = (String) value; break;
                case TITLE_ALT: titleAlt = (String) value; break;
                case ABSTRACT_ALT: abstractAlt = (String) value; break;
                default: throw new IllegalArgumentException(field.name());
            }
            return this;
        }

        public Patent build() {
            return new Patent(publicationNumber, office, kindCode, applicationNumber, sourceId, applicationDate, publicationDate, grantDate, priorityDate, priorityNumbers, priorityCountries, title, abstractText, firstClaim, claimsCount, applicants, vendorApplicants, currentOwners, inventors, applicantAddresses, applicantCountries, applicantProvinces, applicantCities, ipc, mainIpc, cpc, patentType, legalStatus, legalStatusText, legalEvents, transferCount, licenceCount, pledgeCount, litigationCount, citedByCount, citesCount, familyId, familySize, familyMembers, familyOffices, valueScore, techEffects, url, titleAlt, abstractAlt, extra, provenance);
        }
    }
}
