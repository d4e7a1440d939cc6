package dev.navi.model;

/** Patent type as Chinese statistics count it (发明 / 实用新型 / 外观设计), plus plant patents and unknown. */
public enum PatentType {
    INVENTION("发明", "invention"),
    UTILITY_MODEL("实用新型", "utility model"),
    DESIGN("外观设计", "design"),
    PLANT("植物专利", "plant"),
    UNKNOWN("未知", "unknown");

    private final String zh;
    private final String en;

    PatentType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /**
     * Reads a vendor's type label: 发明申请 / 发明授权 / 实用新型 / 外观设计 (incoPat, Patsnap), Lens's
     * {@code Granted Patent} / {@code Patent Application} / {@code Design Right} / {@code Utility Model},
     * PatentsView's {@code utility} / {@code design} / {@code plant} / {@code reissue}.
     *
     * @return the type, or {@code null} when the label says nothing about the type (e.g. Lens {@code unknown})
     */
    public static PatentType fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.contains("实用新型") || s.contains("utility model") || s.equals("um")) {
            return UTILITY_MODEL;
        }
        if (s.contains("外观") || s.contains("design")) {
            return DESIGN;
        }
        if (s.contains("植物") || s.equals("plant")) {
            return PLANT;
        }
        if (s.contains("发明") || s.contains("patent application") || s.contains("granted patent")
                || s.equals("utility") || s.equals("reissue") || s.equals("invention")
                || s.contains("limited patent") || s.equals("patent")) {
            return INVENTION;
        }
        return null;
    }

    /**
     * Infers the type from the office and kind code where the kind code is conclusive (CN U/Y = utility model,
     * CN S = design, US S = design, US P = plant, ...).
     *
     * @return the inferred type, or {@code null} when office or kind is missing
     */
    public static PatentType fromKind(String office, String kind) {
        if (office == null || kind == null || kind.isEmpty()) {
            return null;
        }
        char k = kind.charAt(0);
        switch (office) {
            case "CN":
            case "TW":
            case "KR":
            case "JP":
            case "DE":
                if (k == 'U' || k == 'Y') {
                    return UTILITY_MODEL;
                }
                if (k == 'S' || (k == 'D' && office.equals("CN"))) {
                    return DESIGN;
                }
                return INVENTION;
            case "US":
                if (k == 'S') {
                    return DESIGN;
                }
                if (k == 'P' && kind.length() > 1) {
                    return PLANT; // US P1 / P2 / P3 are plant patents; a bare "P" is a provisional number
                }
                return INVENTION;
            default:
                if (k == 'U' || k == 'Y') {
                    return UTILITY_MODEL;
                }
                if (k == 'S') {
                    return DESIGN;
                }
                return INVENTION;
        }
    }
}
