package dev.navi.model;

import java.util.Locale;

/**
 * Normalised legal status (有效 / 审中 / 失效). The text the export carried is kept beside it in
 * {@link Patent#legalStatusText()}.
 */
public enum LegalStatus {
    ACTIVE("有效", "active"),
    PENDING("审中", "pending"),
    LAPSED("失效", "lapsed"),
    UNKNOWN("未知", "unknown");

    private final String zh;
    private final String en;

    LegalStatus(String zh, String en) {
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
     * Maps one status label (Chinese or English, as incoPat, Patsnap, Lens and others write it).
     *
     * @return the status, or {@code null} when the label is an event rather than a status (e.g. 权利转移)
     */
    public static LegalStatus fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.contains("pct指定期满")) {
            return LAPSED; // the PCT national-phase deadline passed without entry
        }
        if (s.contains("pct指定期内")) {
            return PENDING;
        }
        // Lapsed first: "授权后失效" / "未缴年费" must not read as granted.
        if (s.contains("失效") || s.contains("驳回") || s.contains("撤回") || s.contains("未缴年费") || s.contains("届满")
                || s.contains("放弃") || s.contains("无效") || s.contains("终止") || s.contains("避重授权")
                || s.equals("discontinued") || s.equals("inactive") || s.equals("expired") || s.equals("ceased")
                || s.equals("lapsed") || s.equals("rejected") || s.equals("withdrawn") || s.equals("revoked")
                || s.equals("dead") || s.equals("abandoned") || s.contains("expired -")) {
            return LAPSED;
        }
        if (s.contains("审中") || s.contains("实质审查") || s.equals("公开") || s.contains("pending")
                || s.contains("pct进入指定国") || s.equals("published") || s.equals("application")) {
            return PENDING;
        }
        if (s.contains("有效") || s.equals("授权") || s.contains("授权") || s.equals("active") || s.equals("granted")
                || s.equals("patented") || s.equals("alive") || s.equals("in force")) {
            return ACTIVE;
        }
        if (s.equals("unknown") || s.equals("未知") || s.equals("未确认")) {
            return UNKNOWN;
        }
        return null;
    }
}
