package dev.navi.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical fields of a {@link Patent}, in the stable order the canonical dataset writes them. The
 * {@link #key()} is the column name in {@code records.csv} and the name a user mapping file uses.
 */
public enum Field {
    PUBLICATION_NUMBER("publicationNumber", Kind.TEXT, "publication number, normalised (CN114123456A)"),
    OFFICE("office", Kind.TEXT, "publishing office / jurisdiction (two letters)"),
    KIND_CODE("kindCode", Kind.TEXT, "kind code (A, B2, U ...)"),
    APPLICATION_NUMBER("applicationNumber", Kind.TEXT, "application number"),
    SOURCE_ID("sourceId", Kind.TEXT, "the vendor's own record id (Lens ID, Google id, PatentsView id)"),
    APPLICATION_DATE("applicationDate", Kind.DATE, "application (filing) date"),
    PUBLICATION_DATE("publicationDate", Kind.DATE, "publication date"),
    GRANT_DATE("grantDate", Kind.DATE, "grant date"),
    PRIORITY_DATE("priorityDate", Kind.DATE, "earliest priority date"),
    PRIORITY_NUMBERS("priorityNumbers", Kind.LIST, "priority application numbers"),
    PRIORITY_COUNTRIES("priorityCountries", Kind.LIST, "priority countries (two letters)"),
    TITLE("title", Kind.TEXT, "title"),
    ABSTRACT("abstract", Kind.TEXT, "abstract"),
    FIRST_CLAIM("firstClaim", Kind.TEXT, "first / independent claim"),
    CLAIMS_COUNT("claimsCount", Kind.INT, "number of claims"),
    APPLICANTS("applicants", Kind.LIST, "applicants as exported"),
    VENDOR_APPLICANTS("vendorApplicants", Kind.LIST, "the vendor's standardised applicant names"),
    CURRENT_OWNERS("currentOwners", Kind.LIST, "current owners / assignees"),
    INVENTORS("inventors", Kind.LIST, "inventors"),
    APPLICANT_ADDRESSES("applicantAddresses", Kind.LIST, "applicant addresses"),
    APPLICANT_COUNTRIES("applicantCountries", Kind.LIST, "applicant countries"),
    APPLICANT_PROVINCES("applicantProvinces", Kind.LIST, "applicant provinces / states"),
    APPLICANT_CITIES("applicantCities", Kind.LIST, "applicant cities"),
    IPC("ipc", Kind.LIST, "IPC classes, all"),
    MAIN_IPC("mainIpc", Kind.TEXT, "main IPC class"),
    CPC("cpc", Kind.LIST, "CPC classes"),
    PATENT_TYPE("patentType", Kind.TYPE, "invention / utility model / design / plant"),
    LEGAL_STATUS("legalStatus", Kind.STATUS, "normalised legal status: active / pending / lapsed"),
    LEGAL_STATUS_TEXT("legalStatusText", Kind.TEXT, "legal status as exported"),
    LEGAL_EVENTS("legalEvents", Kind.LIST, "legal events as exported"),
    TRANSFER_COUNT("transferCount", Kind.INT, "number of transfers (assignments)"),
    LICENCE_COUNT("licenceCount", Kind.INT, "number of licences"),
    PLEDGE_COUNT("pledgeCount", Kind.INT, "number of pledges"),
    LITIGATION_COUNT("litigationCount", Kind.INT, "number of litigations"),
    CITED_BY_COUNT("citedByCount", Kind.INT, "times cited by later patents (forward citations)"),
    CITES_COUNT("citesCount", Kind.INT, "patents it cites (backward citations)"),
    FAMILY_ID("familyId", Kind.TEXT, "family id"),
    FAMILY_SIZE("familySize", Kind.INT, "simple family size"),
    FAMILY_MEMBERS("familyMembers", Kind.LIST, "simple family members"),
    FAMILY_OFFICES("familyOffices", Kind.LIST, "offices of the family members"),
    VALUE_SCORE("valueScore", Kind.DECIMAL, "the vendor's value score"),
    TECH_EFFECTS("techEffects", Kind.LIST, "technical-effect phrases"),
    URL("url", Kind.TEXT, "link to the record at the source"),
    TITLE_ALT("titleAlt", Kind.TEXT, "the title in the export's other language (incoPat 标题 (英文) beside 标题 (中文)); searched with the title"),
    ABSTRACT_ALT("abstractAlt", Kind.TEXT, "the abstract in the export's other language; searched with the abstract");

    /** How a field's value is typed. */
    public enum Kind { TEXT, LIST, DATE, INT, DECIMAL, TYPE, STATUS }

    private static final Map<String, Field> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(f -> f.key.toLowerCase(Locale.ROOT), Function.identity()));

    private final String key;
    private final Kind kind;
    private final String description;

    Field(String key, Kind kind, String description) {
        this.key = key;
        this.kind = kind;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Looks a field up by its key, case-insensitively. */
    public static Optional<Field> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key.strip().toLowerCase(Locale.ROOT)));
    }
}
