package dev.navi.clean.names;

/**
 * Applicant type as Chinese patent statistics report it (申请人类型). The order is the order used in tables.
 *
 * <p>{@link #GOVERNMENT_OTHER} (机关团体) covers every non-commercial body that is neither a university nor a
 * research institute: government bodies, the military, public hospitals, associations, societies, foundations
 * and schools below university level.
 */
public enum ApplicantType {
    ENTERPRISE("企业", "enterprise"),
    UNIVERSITY("高校", "university"),
    INSTITUTE("科研院所", "research institute"),
    INDIVIDUAL("个人", "individual"),
    GOVERNMENT_OTHER("机关团体", "government-other");

    private final String zh;
    private final String en;

    ApplicantType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese label used in the atlas (企业, 高校, 科研院所, 个人, 机关团体). */
    public String zh() {
        return zh;
    }

    /** The English label (enterprise, university, research institute, individual, government-other). */
    public String en() {
        return en;
    }
}
