package dev.navi.gen;

import java.util.List;

/**
 * The word lists the generator composes records from: the power-battery chain's technology branches with their
 * IPC/CPC codes, objects, components, steps and technical effects (each as a Chinese / English pair), and the
 * name parts for people. Data only; no logic beyond lookups.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** A Chinese / English pair. */
    record Term(String zh, String en) {
    }

    /** How titles, abstracts and first claims of a branch are worded. */
    enum Style { MATERIAL, STRUCTURE, METHOD }

    /**
     * One technology branch of the chain.
     *
     * @param umShare share of utility models among the branch's Chinese filings by enterprises
     */
    record Branch(String id, Term name, Style style, double umShare, List<String> mainIpc, List<String> extraIpc,
                  List<String> cpc, List<Term> objects, List<Term> umObjects, List<Term> parts, List<Term> steps,
                  List<Integer> effects) {
    }

    static Term t(String zh, String en) {
        return new Term(zh, en);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Technical effects (indices are referred to by the branches).

    static final List<Term> EFFECTS = List.of(
            t("提高能量密度", "improves energy density"),            // 0
            t("延长循环寿命", "prolongs cycle life"),                // 1
            t("提高安全性", "improves safety"),                      // 2
            t("降低成本", "reduces cost"),                           // 3
            t("提高倍率性能", "improves rate capability"),            // 4
            t("改善低温性能", "improves low-temperature performance"), // 5
            t("抑制热失控", "suppresses thermal runaway"),            // 6
            t("提高热稳定性", "improves thermal stability"),          // 7
            t("降低内阻", "reduces internal resistance"),             // 8
            t("提高首次库伦效率", "improves initial coulombic efficiency"), // 9
            t("抑制锂枝晶生长", "suppresses lithium dendrite growth"), // 10
            t("提高回收率", "improves the recovery rate"),             // 11
            t("减少环境污染", "reduces environmental pollution"),      // 12
            t("提高估算精度", "improves estimation accuracy"),         // 13
            t("提高散热效率", "improves heat dissipation efficiency"), // 14
            t("简化生产工艺", "simplifies the production process"),    // 15
            t("提高一致性", "improves consistency"),                   // 16
            t("提高结构强度", "improves structural strength"),         // 17
            t("提高浸润性", "improves wettability"),                   // 18
            t("减少产气", "reduces gas generation"),                   // 19
            t("提高充电速度", "increases charging speed"),             // 20
            t("提高空间利用率", "improves space utilisation"));        // 21

    static final List<Term> MODIFIERS = List.of(
            t("改性", "modified"), t("包覆型", "coated"), t("掺杂型", "doped"), t("复合", "composite"),
            t("高压实", "high-compaction"), t("长循环", "long-cycle"), t("高倍率", "high-rate"),
            t("低温型", "low-temperature"), t("纳米", "nano"), t("多孔", "porous"), t("核壳结构", "core-shell"),
            t("梯度", "gradient"));

    static final List<Term> APPLICATIONS = List.of(
            t("锂离子电池", "lithium-ion battery"), t("二次电池", "secondary battery"), t("电池", "battery"),
            t("电池包", "battery pack"), t("用电装置", "electrical device"), t("电动汽车", "electric vehicle"),
            t("储能装置", "energy storage device"), t("全固态电池", "all-solid-state battery"),
            t("钠离子电池", "sodium-ion battery"));

    /** Parts of a generic production device (utility models in the material branches). */
    static final List<Term> DEVICE_PARTS = List.of(
            t("机架", "frame"), t("驱动电机", "drive motor"), t("进料口", "feed inlet"), t("出料口", "discharge outlet"),
            t("控制箱", "control box"), t("支撑座", "support base"), t("搅拌组件", "stirring assembly"));

    static final List<Term> POSITIONS = List.of(
            t("的一侧", "on one side of"), t("的内部", "inside"), t("的顶部", "on top of"), t("的底部", "at the bottom of"),
            t("的外周", "around"));

    static final List<Term> RELATIONS = List.of(
            t("固定连接", "fixedly connected to"), t("可拆卸连接", "detachably connected to"), t("抵接", "abutting against"),
            t("导热接触", "in thermal contact with"), t("电连接", "electrically connected to"));

    // ---------------------------------------------------------------------------------------------------------
    // Branches, in chain order: upstream materials, midstream cells and systems, downstream recycling.

    static final List<Branch> BRANCHES = List.of(
            new Branch("cathode", t("正极材料", "cathode materials"), Style.MATERIAL, 0.08,
                    List.of("H01M4/505", "H01M4/525", "H01M4/5825", "H01M4/131", "H01M4/1391", "H01M4/485", "H01M4/362"),
                    List.of("H01M10/0525", "H01M4/62", "H01M4/36", "C01G53/00", "C01B25/45", "H01M4/04"),
                    List.of("H01M4/505", "H01M4/525", "H01M4/5825", "H01M2004/028", "H01M10/0525", "Y02E60/10",
                            "C01P2004/61", "C01G53/50"),
                    List.of(t("高镍三元正极材料", "high-nickel ternary cathode material"),
                            t("磷酸铁锂正极材料", "lithium iron phosphate cathode material"),
                            t("磷酸锰铁锂正极材料", "lithium manganese iron phosphate cathode material"),
                            t("富锂锰基正极材料", "lithium-rich manganese-based cathode material"),
                            t("单晶三元正极材料", "single-crystal ternary cathode material"),
                            t("三元前驱体", "ternary precursor"),
                            t("钴酸锂正极材料", "lithium cobalt oxide cathode material"),
                            t("层状氧化物正极材料", "layered oxide cathode material")),
                    List.of(t("正极材料烧结匣钵", "sagger for sintering cathode material"),
                            t("前驱体反应釜", "precursor reaction kettle")),
                    List.of(t("镍钴锰氢氧化物前驱体", "nickel-cobalt-manganese hydroxide precursor"), t("锂源", "lithium source"),
                            t("氧化铝包覆层", "alumina coating layer"), t("掺杂元素", "dopant element"),
                            t("碳包覆层", "carbon coating layer"), t("磷酸铁", "iron phosphate")),
                    List.of(t("将前驱体与锂源混合后烧结", "mixing the precursor with a lithium source and sintering"),
                            t("对烧结产物进行破碎和筛分", "crushing and sieving the sintered product"),
                            t("在颗粒表面包覆氧化铝", "coating the particle surface with alumina"),
                            t("进行二次烧结", "performing a secondary sintering"), t("水洗并干燥", "washing with water and drying")),
                    List.of(0, 1, 2, 4, 7, 3, 16)),
            new Branch("anode", t("负极材料", "anode materials"), Style.MATERIAL, 0.08,
                    List.of("H01M4/587", "H01M4/386", "H01M4/583", "H01M4/133", "H01M4/134", "H01M4/38", "H01M4/1395"),
                    List.of("H01M4/62", "H01M4/36", "H01M10/0525", "C01B32/205", "C01B33/113"),
                    List.of("H01M4/587", "H01M4/386", "H01M2004/027", "Y02E60/10", "C01B32/205"),
                    List.of(t("硅碳负极材料", "silicon-carbon anode material"), t("人造石墨负极材料", "artificial graphite anode material"),
                            t("硅氧负极材料", "silicon oxide anode material"), t("硬碳负极材料", "hard carbon anode material"),
                            t("锂金属负极", "lithium metal anode"), t("预锂化负极", "prelithiated anode")),
                    List.of(t("石墨化炉", "graphitization furnace"), t("负极极片辊压装置", "anode sheet rolling device")),
                    List.of(t("硅氧颗粒", "silicon oxide particles"), t("石墨", "graphite"), t("无定形碳层", "amorphous carbon layer"),
                            t("粘结剂", "binder"), t("导电剂", "conductive agent")),
                    List.of(t("将原料球磨混合", "ball-milling the raw materials"), t("在惰性气氛下碳化", "carbonizing under an inert atmosphere"),
                            t("进行石墨化处理", "graphitizing"), t("采用化学气相沉积进行碳包覆", "coating with carbon by chemical vapour deposition")),
                    List.of(0, 1, 9, 4, 3, 10)),
            new Branch("electrolyte", t("电解液", "electrolyte"), Style.MATERIAL, 0.05,
                    List.of("H01M10/0567", "H01M10/0568", "H01M10/0569", "H01M10/0562", "H01M10/0565", "H01M10/056"),
                    List.of("H01M10/0525", "H01M10/052", "H01M10/42"),
                    List.of("H01M10/0567", "H01M10/0568", "H01M2300/0025", "H01M2300/0068", "Y02E60/10"),
                    List.of(t("非水电解液", "non-aqueous electrolyte"), t("电解液添加剂", "electrolyte additive"),
                            t("固态电解质", "solid electrolyte"), t("硫化物固态电解质", "sulfide solid electrolyte"),
                            t("聚合物电解质", "polymer electrolyte"), t("双氟磺酰亚胺锂", "lithium bis(fluorosulfonyl)imide")),
                    List.of(t("电解液注液装置", "electrolyte filling device")),
                    List.of(t("锂盐", "lithium salt"), t("有机溶剂", "organic solvent"), t("成膜添加剂", "film-forming additive"),
                            t("阻燃剂", "flame retardant"), t("氟代碳酸乙烯酯", "fluoroethylene carbonate")),
                    List.of(t("在手套箱中将溶剂混合", "mixing the solvents in a glove box"),
                            t("加入锂盐并搅拌溶解", "adding the lithium salt and stirring until dissolved"),
                            t("加入添加剂", "adding the additive")),
                    List.of(2, 1, 5, 19, 7, 18)),
            new Branch("separator", t("隔膜", "separator"), Style.MATERIAL, 0.15,
                    List.of("H01M50/409", "H01M50/403", "H01M50/446", "H01M50/449", "H01M50/457", "H01M50/417",
                            "H01M50/489", "H01M50/431"),
                    List.of("H01M10/0525", "B32B27/32", "C08J5/18"),
                    List.of("H01M50/409", "H01M50/403", "H01M50/446", "H01M50/449", "Y02E60/10"),
                    List.of(t("陶瓷涂覆隔膜", "ceramic-coated separator"), t("聚烯烃隔膜", "polyolefin separator"),
                            t("湿法隔膜", "wet-process separator"), t("芳纶涂覆隔膜", "aramid-coated separator"),
                            t("复合隔膜", "composite separator")),
                    List.of(t("隔膜涂布装置", "separator coating device"), t("隔膜分切机", "separator slitting machine")),
                    List.of(t("聚乙烯基膜", "polyethylene base film"), t("陶瓷涂层", "ceramic coating"), t("勃姆石", "boehmite"),
                            t("芳纶", "aramid"), t("粘结剂", "binder")),
                    List.of(t("将浆料涂覆于基膜表面", "coating the slurry on the base film"), t("烘干", "drying"),
                            t("双向拉伸", "biaxial stretching"), t("萃取造孔", "pore forming by extraction")),
                    List.of(2, 7, 18, 1, 16)),
            new Branch("cell", t("电芯与电池包", "cells and packs"), Style.STRUCTURE, 0.45,
                    List.of("H01M10/0525", "H01M10/058", "H01M10/0587", "H01M10/0585", "H01M50/103", "H01M50/107",
                            "H01M50/147", "H01M50/531", "H01M50/20", "H01M50/249", "H01M50/204"),
                    List.of("H01M10/04", "H01M50/383", "H01M50/502", "H01M50/55", "B60L50/64"),
                    List.of("H01M10/0525", "H01M50/103", "H01M50/249", "H01M2220/20", "Y02E60/10", "Y02T10/70"),
                    List.of(t("叠片电芯", "stacked cell"), t("卷绕电芯", "wound cell"), t("圆柱电池", "cylindrical battery"),
                            t("方形电池", "prismatic battery"), t("软包电池", "pouch battery"), t("刀片电池", "blade battery"),
                            t("电池模组", "battery module"), t("电池包", "battery pack"), t("大圆柱电池", "large cylindrical battery")),
                    List.of(t("电池单体", "battery cell"), t("电池模组", "battery module"), t("电池包箱体", "battery pack box"),
                            t("端盖组件", "end cover assembly"), t("防爆阀", "explosion-proof valve"), t("汇流排组件", "busbar assembly")),
                    List.of(t("壳体", "housing"), t("电极组件", "electrode assembly"), t("端盖", "end cover"), t("极耳", "tab"),
                            t("防爆阀", "explosion-proof valve"), t("绝缘件", "insulating member"), t("汇流排", "busbar"),
                            t("箱体", "box body")),
                    List.of(),
                    List.of(0, 2, 17, 21, 15, 3)),
            new Branch("bms", t("电池管理系统", "battery management systems"), Style.METHOD, 0.30,
                    List.of("H01M10/42", "H01M10/44", "H01M10/48", "H02J7/00", "H02J7/0047", "B60L58/12", "B60L58/16",
                            "G01R31/367", "G01R31/382", "G01R31/392"),
                    List.of("H01M10/425", "H02J7/0013", "B60L58/22", "G01R31/36", "G06N3/08"),
                    List.of("H01M10/425", "H01M10/482", "H02J7/0048", "B60L58/12", "G01R31/367", "Y02E60/10", "Y02T10/70"),
                    List.of(t("电池荷电状态估算方法", "method for estimating the state of charge of a battery"),
                            t("电池健康状态评估方法", "method for evaluating the state of health of a battery"),
                            t("电池均衡控制方法", "battery balancing control method"),
                            t("动力电池故障诊断方法", "fault diagnosis method for a power battery"),
                            t("快速充电控制方法", "fast charging control method"),
                            t("电池热失控预警方法", "early warning method for battery thermal runaway")),
                    List.of(t("电池采样电路", "battery sampling circuit"), t("主动均衡电路", "active balancing circuit"),
                            t("电池管理系统", "battery management system"), t("高压配电盒", "high-voltage distribution box")),
                    List.of(t("采样模块", "sampling module"), t("控制器", "controller"), t("均衡电路", "balancing circuit"),
                            t("继电器", "relay")),
                    List.of(t("获取电池的电压、电流和温度数据", "acquiring voltage, current and temperature data of the battery"),
                            t("基于等效电路模型建立状态方程", "establishing a state equation based on an equivalent circuit model"),
                            t("采用扩展卡尔曼滤波估算荷电状态", "estimating the state of charge with an extended Kalman filter"),
                            t("根据估算结果调整充电电流", "adjusting the charging current according to the estimate"),
                            t("利用神经网络预测剩余寿命", "predicting the remaining useful life with a neural network"),
                            t("判断单体电压差是否超过阈值", "determining whether the cell voltage difference exceeds a threshold"),
                            t("控制均衡电路对电池单体进行均衡", "controlling the balancing circuit to balance the battery cells")),
                    List.of(13, 2, 1, 20, 16)),
            new Branch("thermal", t("热管理", "thermal management"), Style.STRUCTURE, 0.50,
                    List.of("H01M10/613", "H01M10/625", "H01M10/6556", "H01M10/6568", "H01M10/653", "H01M10/663",
                            "H01M10/617", "B60L58/26", "B60L58/27"),
                    List.of("H01M50/20", "H01M10/6554", "H01M10/635"),
                    List.of("H01M10/613", "H01M10/625", "H01M10/6556", "B60L58/26", "Y02E60/10", "Y02T10/70"),
                    List.of(t("电池热管理系统", "battery thermal management system"), t("液冷板", "liquid cooling plate"),
                            t("浸没式冷却装置", "immersion cooling device"), t("电池加热装置", "battery heating device"),
                            t("热失控防护结构", "thermal runaway protection structure")),
                    List.of(t("液冷板", "liquid cooling plate"), t("隔热垫", "heat insulation pad"), t("加热膜", "heating film"),
                            t("冷却管路组件", "cooling pipe assembly")),
                    List.of(t("液冷板", "liquid cooling plate"), t("冷却流道", "cooling channel"), t("导热垫", "thermal pad"),
                            t("加热膜", "heating film"), t("隔热层", "heat insulation layer"), t("温度传感器", "temperature sensor"),
                            t("电池模组", "battery module")),
                    List.of(),
                    List.of(14, 6, 2, 5, 1, 16)),
            new Branch("recycling", t("回收利用", "recycling"), Style.METHOD, 0.25,
                    List.of("H01M10/54", "C22B7/00", "C22B26/12", "C22B23/00", "C22B47/00", "C22B3/08"),
                    List.of("H01M4/505", "C01D15/08", "C01G53/10", "B09B3/00"),
                    List.of("H01M10/54", "C22B7/007", "C22B26/12", "Y02W30/84", "Y02P10/20"),
                    List.of(t("废旧锂电池回收方法", "method for recycling spent lithium batteries"),
                            t("湿法回收工艺", "hydrometallurgical recycling process"),
                            t("退役电池梯次利用方法", "method for the second-life use of retired batteries"),
                            t("黑粉浸出工艺", "black mass leaching process"),
                            t("正极材料再生方法", "method for regenerating cathode material")),
                    List.of(t("废旧电池破碎装置", "spent battery crushing device"), t("电池拆解设备", "battery dismantling equipment"),
                            t("黑粉分选装置", "black mass sorting device")),
                    List.of(t("破碎机", "crusher"), t("分选筛", "sorting screen"), t("输送带", "conveyor belt"),
                            t("除尘器", "dust collector")),
                    List.of(t("对废旧电池进行放电和拆解", "discharging and dismantling the spent batteries"),
                            t("将电极材料破碎分选得到黑粉", "crushing and sorting the electrode materials to obtain black mass"),
                            t("采用酸浸出有价金属", "leaching the valuable metals with acid"),
                            t("萃取分离镍钴锰", "separating nickel, cobalt and manganese by extraction"),
                            t("沉淀得到碳酸锂", "precipitating lithium carbonate"),
                            t("对正极材料进行补锂再生", "relithiating and regenerating the cathode material")),
                    List.of(11, 12, 3, 15)));

    /** Branch index by id. */
    static int branch(String id) {
        for (int i = 0; i < BRANCHES.size(); i++) {
            if (BRANCHES.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Legal events (short labels as Patsnap writes them; the ingest counts 转移 / 许可 / 质押 / 诉讼).

    static final String EV_PUBLISHED = "公开";
    static final String EV_EXAMINATION = "实质审查";
    static final String EV_GRANT = "授权";
    static final String EV_TRANSFER = "权利转移";
    static final String EV_LICENCE = "许可";
    static final String EV_PLEDGE = "质押";
    static final String EV_FEES = "未缴年费";
    static final String EV_REJECTED = "驳回";
    static final String EV_WITHDRAWN = "撤回";
    static final String EV_EXPIRED = "期限届满";

    // ---------------------------------------------------------------------------------------------------------
    // People.

    /** Chinese surnames with pinyin, most frequent first (frequency falls off with the index). */
    static final List<Term> SURNAMES = List.of(
            t("王", "Wang"), t("李", "Li"), t("张", "Zhang"), t("刘", "Liu"), t("陈", "Chen"), t("杨", "Yang"),
            t("黄", "Huang"), t("赵", "Zhao"), t("吴", "Wu"), t("周", "Zhou"), t("徐", "Xu"), t("孙", "Sun"),
            t("马", "Ma"), t("朱", "Zhu"), t("胡", "Hu"), t("郭", "Guo"), t("何", "He"), t("高", "Gao"), t("林", "Lin"),
            t("罗", "Luo"), t("郑", "Zheng"), t("梁", "Liang"), t("谢", "Xie"), t("宋", "Song"), t("唐", "Tang"),
            t("许", "Xu"), t("韩", "Han"), t("冯", "Feng"), t("邓", "Deng"), t("曹", "Cao"), t("彭", "Peng"),
            t("曾", "Zeng"), t("肖", "Xiao"), t("田", "Tian"), t("董", "Dong"), t("袁", "Yuan"), t("潘", "Pan"),
            t("蒋", "Jiang"), t("蔡", "Cai"), t("余", "Yu"), t("杜", "Du"), t("叶", "Ye"), t("程", "Cheng"),
            t("苏", "Su"), t("魏", "Wei"), t("吕", "Lyu"), t("丁", "Ding"), t("任", "Ren"), t("沈", "Shen"),
            t("姚", "Yao"), t("卢", "Lu"), t("钟", "Zhong"), t("廖", "Liao"), t("范", "Fan"), t("方", "Fang"),
            t("欧阳", "Ouyang"), t("司马", "Sima"));

    static final List<Term> GIVEN = List.of(
            t("伟", "wei"), t("芳", "fang"), t("敏", "min"), t("静", "jing"), t("丽", "li"), t("强", "qiang"),
            t("磊", "lei"), t("军", "jun"), t("洋", "yang"), t("勇", "yong"), t("艳", "yan"), t("杰", "jie"),
            t("涛", "tao"), t("明", "ming"), t("超", "chao"), t("霞", "xia"), t("平", "ping"), t("刚", "gang"),
            t("文", "wen"), t("华", "hua"), t("建", "jian"), t("国", "guo"), t("志", "zhi"), t("海", "hai"),
            t("鹏", "peng"), t("宇", "yu"), t("浩", "hao"), t("凯", "kai"), t("晨", "chen"), t("欣", "xin"),
            t("婷", "ting"), t("雪", "xue"), t("琳", "lin"), t("博", "bo"), t("昊", "hao"), t("天", "tian"),
            t("睿", "rui"), t("思", "si"), t("佳", "jia"), t("俊", "jun"), t("宏", "hong"), t("立", "li"),
            t("新", "xin"), t("春", "chun"), t("永", "yong"), t("德", "de"), t("峰", "feng"), t("波", "bo"),
            t("辉", "hui"), t("斌", "bin"), t("亮", "liang"), t("飞", "fei"), t("龙", "long"), t("云", "yun"),
            t("晓", "xiao"), t("红", "hong"), t("玉", "yu"), t("成", "cheng"), t("东", "dong"), t("子", "zi"),
            t("嘉", "jia"), t("梓", "zi"), t("雨", "yu"), t("一", "yi"));

    static final List<String> KOREAN_SURNAMES = List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon",
            "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon");
    static final List<String> KOREAN_GIVEN = List.of("Min-su", "Ji-hoon", "Seo-yeon", "Hyun-woo", "Ji-won", "Sung-ho",
            "Jae-min", "Young-jin", "Dong-hyun", "Eun-ji", "Sang-woo", "Hye-jin", "Jun-ho", "Soo-min");
    static final List<String> JAPANESE_SURNAMES = List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito",
            "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura");
    static final List<String> JAPANESE_GIVEN = List.of("Hiroshi", "Takashi", "Kenji", "Yuki", "Daisuke", "Naoki", "Akira",
            "Kazuya", "Shinji", "Tomoko", "Yusuke", "Masato", "Ryota", "Keiko");
    static final List<String> WESTERN_GIVEN = List.of("James", "Michael", "David", "Robert", "Thomas", "Daniel", "Matthew",
            "Andrew", "Christopher", "Jennifer", "Sarah", "Emily", "Laura", "Anna", "Markus", "Stefan", "Andreas", "Julia",
            "Katharina", "Florian", "Pierre", "Jean", "Marie", "Sophie", "Lars", "Erik", "Ingrid", "Nils");
    static final List<String> WESTERN_INITIALS = List.of("A.", "B.", "C.", "D.", "E.", "J.", "K.", "L.", "M.", "R.", "S.",
            "T.", "W.");
    static final List<String> WESTERN_SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Martin", "Thompson", "White", "Clark", "Müller", "Schmidt",
            "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Dubois", "Laurent", "Lefebvre", "Andersson",
            "Johansson", "Nilsson", "Peeters");

    // ---------------------------------------------------------------------------------------------------------
    // Parts of made-up Chinese company names: {place}{brand}{trade}{legal form}.

    /** Brand characters with pinyin, for two-character brands (华鼎, 蓉锂 ...). */
    static final List<Term> BRAND = List.of(
            t("华", "Hua"), t("创", "Chuang"), t("锂", "Li"), t("能", "Neng"), t("源", "Yuan"), t("盛", "Sheng"),
            t("泰", "Tai"), t("鑫", "Xin"), t("宏", "Hong"), t("科", "Ke"), t("达", "Da"), t("恒", "Heng"),
            t("瑞", "Rui"), t("博", "Bo"), t("远", "Yuan"), t("天", "Tian"), t("弘", "Hong"), t("嘉", "Jia"),
            t("益", "Yi"), t("丰", "Feng"), t("德", "De"), t("航", "Hang"), t("川", "Chuan"), t("蓉", "Rong"),
            t("峰", "Feng"), t("鼎", "Ding"), t("晟", "Sheng"), t("昌", "Chang"), t("信", "Xin"), t("中", "Zhong"),
            t("金", "Jin"), t("宇", "Yu"), t("星", "Xing"), t("辰", "Chen"), t("捷", "Jie"), t("力", "Li"));

    /** Trades by branch focus (index = branch index), Chinese and English. */
    static final List<List<Term>> TRADES = List.of(
            List.of(t("新材料科技", "New Material Technology"), t("新能源材料", "New Energy Materials"), t("锂电材料", "Lithium Battery Materials")),
            List.of(t("新材料科技", "New Material Technology"), t("碳材料", "Carbon Materials"), t("石墨科技", "Graphite Technology")),
            List.of(t("化学科技", "Chemical Technology"), t("新材料", "New Materials"), t("氟化工", "Fluorine Chemical")),
            List.of(t("隔膜科技", "Separator Technology"), t("膜材料科技", "Membrane Material Technology"), t("新材料", "New Materials")),
            List.of(t("新能源科技", "New Energy Technology"), t("电池", "Battery"), t("动力电池", "Power Battery"), t("储能科技", "Energy Storage Technology")),
            List.of(t("电子科技", "Electronic Technology"), t("智能科技", "Intelligent Technology"), t("电气", "Electric")),
            List.of(t("热管理科技", "Thermal Management Technology"), t("汽车零部件", "Auto Parts"), t("换热器", "Heat Exchanger")),
            List.of(t("循环科技", "Recycling Technology"), t("资源再生", "Resource Regeneration"), t("环保科技", "Environmental Technology")));

    static final List<Term> LEGAL_FORMS = List.of(t("有限公司", "Co., Ltd."), t("股份有限公司", "Co., Ltd."),
            t("有限责任公司", "Co., Ltd."));

    static final List<Term> ROADS = List.of(t("天府大道", "Tianfu Avenue"), t("科园南路", "Keyuan South Road"),
            t("创新路", "Chuangxin Road"), t("工业大道", "Gongye Avenue"), t("金港大道", "Jingang Avenue"),
            t("科技路", "Keji Road"), t("兴业路", "Xingye Road"), t("新材料产业园路", "Xincailiao Industrial Park Road"),
            t("长江路", "Changjiang Road"), t("迎宾大道", "Yingbin Avenue"), t("高新大道", "Gaoxin Avenue"),
            t("经开大道", "Jingkai Avenue"));
}
