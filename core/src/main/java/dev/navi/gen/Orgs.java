package dev.navi.gen;

import dev.navi.gen.Vocabulary.Term;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The applicants the generator draws from: well-known battery makers, material suppliers, car makers,
 * universities and institutes (Chinese and foreign, with the names, groups and addresses they file under), plus
 * made-up Chinese firms and individuals composed from name parts. The made-up part depends on the seed.
 */
final class Orgs {
    /** Applicant type, as the clean stage will classify it. */
    enum Kind { ENTERPRISE, UNIVERSITY, INSTITUTE, INDIVIDUAL }

    /**
     * One applicant.
     *
     * @param zh        name as Chinese offices print it (foreign applicants in their Chinese form)
     * @param en        name as foreign offices print it
     * @param groupZh   the group a vendor's standardised name rolls it up to (Chinese records)
     * @param groupEn   same for foreign records
     * @param province  Chinese province (only for Chinese applicants), else null
     * @param city      Chinese city (only for Chinese applicants), else null
     * @param abroad    probability that an invention is also filed abroad
     * @param since     first year the applicant files
     * @param focus     relative weight of each technology branch (index = branch index)
     */
    record Org(int id, String zh, String en, String groupZh, String groupEn, Kind kind, String country, String province,
               String city, String addressZh, String addressEn, double weight, double abroad, int since, double[] focus) {
        boolean chinese() {
            return country.equals("CN");
        }
    }

    /** A Chinese city for addresses of made-up firms and individuals. */
    record City(String provinceZh, String provinceEn, String cityZh, String cityEn, List<String> districts, double weight,
                boolean municipality) {
    }

    static final List<City> CITIES = List.of(
            city("四川省", "Sichuan", "成都市", "Chengdu", 10, "高新区", "天府新区", "龙泉驿区", "双流区", "郫都区", "新都区", "青白江区"),
            city("四川省", "Sichuan", "宜宾市", "Yibin", 4, "叙州区", "翠屏区", "三江新区"),
            city("四川省", "Sichuan", "遂宁市", "Suining", 3, "船山区", "射洪市"),
            city("四川省", "Sichuan", "眉山市", "Meishan", 2, "彭山区", "东坡区"),
            city("四川省", "Sichuan", "绵阳市", "Mianyang", 1.5, "涪城区", "游仙区"),
            city("广东省", "Guangdong", "深圳市", "Shenzhen", 10, "南山区", "宝安区", "龙岗区", "坪山区", "光明区"),
            city("广东省", "Guangdong", "惠州市", "Huizhou", 3, "仲恺高新区", "惠阳区"),
            city("广东省", "Guangdong", "东莞市", "Dongguan", 3, "松山湖高新区", "塘厦镇"),
            city("广东省", "Guangdong", "广州市", "Guangzhou", 3, "黄埔区", "番禺区"),
            city("江苏省", "Jiangsu", "常州市", "Changzhou", 6, "金坛区", "武进区", "溧阳市"),
            city("江苏省", "Jiangsu", "苏州市", "Suzhou", 5, "工业园区", "昆山市", "张家港市"),
            city("江苏省", "Jiangsu", "无锡市", "Wuxi", 3, "新吴区", "惠山区"),
            city("浙江省", "Zhejiang", "宁波市", "Ningbo", 4, "余姚市", "镇海区", "北仑区"),
            city("浙江省", "Zhejiang", "杭州市", "Hangzhou", 4, "余杭区", "滨江区", "萧山区"),
            city("浙江省", "Zhejiang", "湖州市", "Huzhou", 2, "长兴县", "吴兴区"),
            city("安徽省", "Anhui", "合肥市", "Hefei", 5, "包河区", "经济技术开发区", "蜀山区"),
            city("湖南省", "Hunan", "长沙市", "Changsha", 4, "岳麓区", "宁乡市", "长沙县"),
            city("福建省", "Fujian", "宁德市", "Ningde", 3, "蕉城区", "东侨经济技术开发区"),
            city("福建省", "Fujian", "厦门市", "Xiamen", 2, "海沧区", "翔安区"),
            city("江西省", "Jiangxi", "宜春市", "Yichun", 2, "袁州区", "宜丰县"),
            city("江西省", "Jiangxi", "赣州市", "Ganzhou", 2, "章贡区", "赣县区"),
            city("湖北省", "Hubei", "武汉市", "Wuhan", 4, "东湖新技术开发区", "洪山区", "蔡甸区"),
            city("北京市", "Beijing", "北京市", "Beijing", 5, "海淀区", "昌平区", "顺义区", "大兴区"),
            city("上海市", "Shanghai", "上海市", "Shanghai", 5, "浦东新区", "嘉定区", "闵行区", "松江区"),
            city("天津市", "Tianjin", "天津市", "Tianjin", 3, "滨海新区", "西青区", "武清区"),
            city("重庆市", "Chongqing", "重庆市", "Chongqing", 3, "两江新区", "璧山区", "九龙坡区"),
            city("山东省", "Shandong", "青岛市", "Qingdao", 2, "黄岛区", "城阳区"),
            city("河南省", "Henan", "郑州市", "Zhengzhou", 2, "高新区", "经开区"),
            city("青海省", "Qinghai", "西宁市", "Xining", 1, "城北区", "城东区"),
            city("陕西省", "Shaanxi", "西安市", "Xi'an", 2, "高新区", "长安区"));

    private static City city(String p, String pEn, String c, String cEn, double w, String... districts) {
        return new City(p, pEn, c, cEn, List.of(districts), w, p.equals(c));
    }

    /** Target shares of first applicants by category (they sum to 1). */
    private static final double SHARE_CN_MAJOR = 0.34;
    private static final double SHARE_CN_MADE_UP = 0.32;
    private static final double SHARE_UNIVERSITY = 0.15;
    private static final double SHARE_INSTITUTE = 0.04;
    private static final double SHARE_INDIVIDUAL = 0.03;
    private static final double SHARE_FOREIGN = 0.12;

    private final List<Org> all = new ArrayList<>();
    private final double[] cumulative;

    Orgs(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        List<Org> majors = new ArrayList<>();
        List<Org> universities = new ArrayList<>();
        List<Org> institutes = new ArrayList<>();
        List<Org> foreign = new ArrayList<>();
        knownApplicants(majors, universities, institutes, foreign);
        List<Org> madeUp = madeUpFirms(rnd, 300);
        List<Org> individuals = individuals(rnd, 400);
        List<Double> weights = new ArrayList<>();
        addCategory(majors, SHARE_CN_MAJOR, weights);
        addCategory(madeUp, SHARE_CN_MADE_UP, weights);
        addCategory(universities, SHARE_UNIVERSITY, weights);
        addCategory(institutes, SHARE_INSTITUTE, weights);
        addCategory(individuals, SHARE_INDIVIDUAL, weights);
        addCategory(foreign, SHARE_FOREIGN, weights);
        cumulative = new double[all.size()];
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    private void addCategory(List<Org> orgs, double share, List<Double> weights) {
        double total = orgs.stream().mapToDouble(Org::weight).sum();
        for (Org o : orgs) {
            Org renumbered = new Org(all.size(), o.zh(), o.en(), o.groupZh(), o.groupEn(), o.kind(), o.country(), o.province(),
                    o.city(), o.addressZh(), o.addressEn(), o.weight(), o.abroad(), o.since(), o.focus());
            all.add(renumbered);
            weights.add(share * o.weight() / total);
        }
    }

    List<Org> all() {
        return all;
    }

    /** A first applicant filing in {@code year}, drawn by weight among those active by then. */
    Org pick(SplittableRandom rnd, int year) {
        for (int attempt = 0; attempt < 64; attempt++) {
            Org o = all.get(index(rnd.nextDouble() * cumulative[cumulative.length - 1]));
            if (o.since() <= year) {
                return o;
            }
        }
        return all.get(0);
    }

    /** An applicant of the given kind and country class, drawn by weight (used for co-applicants and new owners). */
    Org pick(SplittableRandom rnd, int year, Kind kind, boolean chinese) {
        for (int attempt = 0; attempt < 400; attempt++) {
            Org o = all.get(index(rnd.nextDouble() * cumulative[cumulative.length - 1]));
            if (o.since() <= year && o.kind() == kind && o.chinese() == chinese) {
                return o;
            }
        }
        return null;
    }

    private int index(double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static double[] focus(String digits) {
        double[] f = new double[digits.length()];
        for (int i = 0; i < f.length; i++) {
            f[i] = digits.charAt(i) - '0';
        }
        return f;
    }

    private static Org cn(List<Org> into, Kind kind, String zh, String en, String groupZh, String groupEn, String province,
                          String city, String addressZh, String addressEn, double weight, double abroad, int since,
                          String focus) {
        Org o = new Org(0, zh, en, groupZh, groupEn, kind, "CN", province, city, addressZh, addressEn, weight, abroad, since,
                focus(focus));
        into.add(o);
        return o;
    }

    private static void foreign(List<Org> into, Kind kind, String country, String en, String zh, String groupEn,
                                String addressEn, String addressZh, double weight, int since, String focus) {
        into.add(new Org(0, zh, en, groupEn, groupEn, kind, country, null, null, addressZh, addressEn, weight, 0.85, since,
                focus(focus)));
    }

    private static void knownApplicants(List<Org> m, List<Org> u, List<Org> i, List<Org> f) {
        Kind e = Kind.ENTERPRISE;
        // Battery makers and their subsidiaries (group = what a vendor's standardised name rolls them up to).
        cn(m, e, "宁德时代新能源科技股份有限公司", "Contemporary Amperex Technology Co., Limited", "宁德时代", "CATL",
                "福建省", "宁德市", "福建省宁德市蕉城区漳湾镇新港路2号",
                "No. 2 Xingang Road, Zhangwan Town, Jiaocheng District, Ningde, Fujian, China", 60, 0.35, 2011, "32227541");
        cn(m, e, "江苏时代新能源科技有限公司", "Jiangsu Contemporary Amperex Technology Limited", "宁德时代", "CATL",
                "江苏省", "常州市", "江苏省常州市溧阳市昆仑街道城北大道1000号",
                "No. 1000 Chengbei Avenue, Liyang, Changzhou, Jiangsu, China", 8, 0.10, 2016, "11117531");
        cn(m, e, "四川时代新能源科技有限公司", "Sichuan Contemporary Amperex Technology Limited", "宁德时代", "CATL",
                "四川省", "宜宾市", "四川省宜宾市叙州区临港经济技术开发区港园路段1号",
                "No. 1 Gangyuan Road, Xuzhou District, Yibin, Sichuan, China", 4, 0.05, 2019, "11116531");
        cn(m, e, "广东邦普循环科技有限公司", "Guangdong Brunp Recycling Technology Co., Ltd.", "宁德时代", "CATL",
                "广东省", "佛山市", "广东省佛山市三水区乐平镇智信大道6号",
                "No. 6 Zhixin Avenue, Leping Town, Sanshui District, Foshan, Guangdong, China", 6, 0.05, 2008, "30000009");
        cn(m, e, "比亚迪股份有限公司", "BYD Company Limited", "比亚迪", "BYD", "广东省", "深圳市",
                "广东省深圳市坪山区比亚迪路3009号", "No. 3009 BYD Road, Pingshan District, Shenzhen, Guangdong, China",
                35, 0.12, 2005, "22226662");
        cn(m, e, "弗迪电池有限公司", "FinDreams Battery Co., Ltd.", "比亚迪", "BYD", "重庆市", "重庆市",
                "重庆市璧山区璧泉街道剑山路100号", "No. 100 Jianshan Road, Bishan District, Chongqing, China",
                6, 0.05, 2020, "21117441");
        cn(m, e, "合肥国轩高科动力能源有限公司", "Hefei Gotion High-tech Power Energy Co., Ltd.", "国轩高科", "GOTION",
                "安徽省", "合肥市", "安徽省合肥市包河区花园大道566号",
                "No. 566 Huayuan Avenue, Baohe District, Hefei, Anhui, China", 12, 0.05, 2006, "43325431");
        cn(m, e, "国轩高科股份有限公司", "Gotion High-tech Co., Ltd.", "国轩高科", "GOTION", "安徽省", "合肥市",
                "安徽省合肥市包河区花园大道566号", "No. 566 Huayuan Avenue, Baohe District, Hefei, Anhui, China",
                3, 0.05, 2015, "33325431");
        cn(m, e, "中创新航科技集团股份有限公司", "CALB Group Co., Ltd.", "中创新航", "CALB", "江苏省", "常州市",
                "江苏省常州市金坛区江东大道1号", "No. 1 Jiangdong Avenue, Jintan District, Changzhou, Jiangsu, China",
                10, 0.05, 2015, "22225431");
        cn(m, e, "蜂巢能源科技股份有限公司", "SVOLT Energy Technology Co., Ltd.", "蜂巢能源", "SVOLT", "江苏省", "常州市",
                "江苏省常州市金坛区华城中路168号", "No. 168 Huacheng Middle Road, Jintan District, Changzhou, Jiangsu, China",
                10, 0.10, 2018, "32226531");
        cn(m, e, "惠州亿纬锂能股份有限公司", "EVE Energy Co., Ltd.", "亿纬锂能", "EVE", "广东省", "惠州市",
                "广东省惠州市仲恺高新区惠风七路38号", "No. 38 Huifeng 7th Road, Zhongkai Hi-tech Zone, Huizhou, Guangdong, China",
                10, 0.08, 2005, "22227431");
        cn(m, e, "欣旺达电动汽车电池有限公司", "Sunwoda Electric Vehicle Battery Co., Ltd.", "欣旺达", "SUNWODA",
                "广东省", "深圳市", "广东省深圳市光明区新湖街道楼村社区新湖路99号",
                "No. 99 Xinhu Road, Guangming District, Shenzhen, Guangdong, China", 9, 0.05, 2014, "22226541");
        cn(m, e, "东莞新能源科技有限公司", "Dongguan Amperex Technology Limited", "ATL", "ATL", "广东省", "东莞市",
                "广东省东莞市松山湖高新技术产业开发区工业东路1号",
                "No. 1 Gongye East Road, Songshan Lake Hi-tech Zone, Dongguan, Guangdong, China", 8, 0.15, 2005, "33336300");
        cn(m, e, "天津力神电池股份有限公司", "Tianjin Lishen Battery Joint-Stock Co., Ltd.", "力神", "LISHEN", "天津市",
                "天津市", "天津市滨海高新区华苑产业区兰苑路6号", "No. 6 Lanyuan Road, Huayuan Industrial Zone, Tianjin, China",
                6, 0.02, 2005, "33226320");
        cn(m, e, "孚能科技（赣州）股份有限公司", "Farasis Energy (Ganzhou) Co., Ltd.", "孚能科技", "FARASIS", "江西省",
                "赣州市", "江西省赣州市经济技术开发区金岭西路北侧",
                "North of Jinling West Road, Economic Development Zone, Ganzhou, Jiangxi, China", 4, 0.05, 2010, "22216431");
        cn(m, e, "珠海冠宇电池股份有限公司", "Zhuhai CosMX Battery Co., Ltd.", "珠海冠宇", "COSMX", "广东省", "珠海市",
                "广东省珠海市斗门区井岸镇珠峰大道209号", "No. 209 Zhufeng Avenue, Doumen District, Zhuhai, Guangdong, China",
                4, 0.05, 2010, "33336300");
        // Materials and recycling.
        cn(m, e, "宁波容百新能源科技股份有限公司", "Ningbo Ronbay New Energy Technology Co., Ltd.", "容百科技", "RONBAY",
                "浙江省", "宁波市", "浙江省余姚市谭家岭东路39号", "No. 39 Tanjialing East Road, Yuyao, Ningbo, Zhejiang, China",
                5, 0.05, 2014, "90000000");
        cn(m, e, "湖南长远锂科股份有限公司", "Hunan Changyuan Lico Co., Ltd.", "长远锂科", "CHANGYUAN LICO", "湖南省",
                "长沙市", "湖南省长沙市岳麓区沿高路61号", "No. 61 Yangao Road, Yuelu District, Changsha, Hunan, China",
                3, 0.02, 2007, "90000001");
        cn(m, e, "贝特瑞新材料集团股份有限公司", "BTR New Material Group Co., Ltd.", "贝特瑞", "BTR", "广东省", "深圳市",
                "广东省深圳市光明区公明办事处西田社区高新技术工业园第8栋",
                "Building 8, Hi-tech Industrial Park, Guangming District, Shenzhen, Guangdong, China", 5, 0.08, 2005, "19000000");
        cn(m, e, "上海璞泰来新能源科技股份有限公司", "Shanghai Putailai New Energy Technology Co., Ltd.", "璞泰来",
                "PUTAILAI", "上海市", "上海市", "上海市浦东新区叠桥路456弄116号",
                "No. 116, Lane 456, Dieqiao Road, Pudong New Area, Shanghai, China", 3, 0.02, 2012, "08030000");
        cn(m, e, "广州天赐高新材料股份有限公司", "Guangzhou Tinci Materials Technology Co., Ltd.", "天赐材料", "TINCI",
                "广东省", "广州市", "广东省广州市黄埔区云埔工业区东诚片康达路8号",
                "No. 8 Kangda Road, Huangpu District, Guangzhou, Guangdong, China", 4, 0.03, 2007, "00900001");
        cn(m, e, "深圳新宙邦科技股份有限公司", "Shenzhen Capchem Technology Co., Ltd.", "新宙邦", "CAPCHEM", "广东省",
                "深圳市", "广东省深圳市坪山区坪山街道六联社区昌业路9号",
                "No. 9 Changye Road, Pingshan District, Shenzhen, Guangdong, China", 4, 0.05, 2006, "00900000");
        cn(m, e, "上海恩捷新材料科技有限公司", "Shanghai Energy New Materials Technology Co., Ltd.", "恩捷股份", "SEMCORP",
                "上海市", "上海市", "上海市浦东新区南芦公路155号", "No. 155 Nanlu Road, Pudong New Area, Shanghai, China",
                4, 0.05, 2010, "00090000");
        cn(m, e, "深圳市星源材质科技股份有限公司", "Shenzhen Senior Technology Material Co., Ltd.", "星源材质", "SENIOR",
                "广东省", "深圳市", "广东省深圳市光明区公明办事处西田社区高新技术工业园第1、2、3栋",
                "Hi-tech Industrial Park, Guangming District, Shenzhen, Guangdong, China", 3, 0.03, 2008, "00090000");
        cn(m, e, "格林美股份有限公司", "GEM Co., Ltd.", "格林美", "GEM", "广东省", "深圳市",
                "广东省深圳市宝安区宝安中心区兴华路南侧荣超滨海大厦A栋20层",
                "20/F, Block A, Rongchao Binhai Building, Bao'an District, Shenzhen, Guangdong, China", 4, 0.02, 2006,
                "30000009");
        cn(m, e, "天齐锂业股份有限公司", "Tianqi Lithium Corporation", "天齐锂业", "TIANQI", "四川省", "遂宁市",
                "四川省遂宁市射洪市太和镇城南", "Chengnan, Taihe Town, Shehong, Suining, Sichuan, China", 2, 0.02, 2008,
                "53200003");
        cn(m, e, "成都巴莫科技有限责任公司", "Chengdu Baimo Technology Co., Ltd.", "巴莫科技", "BAIMO", "四川省", "成都市",
                "四川省成都市高新区西部园区新达路23号", "No. 23 Xinda Road, Hi-tech Zone, Chengdu, Sichuan, China", 2, 0.01,
                2008, "90000000");
        cn(m, e, "宜宾锂宝新材料有限公司", "Yibin Libao New Materials Co., Ltd.", "宜宾锂宝", "LIBAO", "四川省", "宜宾市",
                "四川省宜宾市翠屏区宜宾临港经济技术开发区", "Lingang Economic Development Zone, Yibin, Sichuan, China", 1.5, 0.0,
                2015, "90000000");
        // Car makers.
        cn(m, e, "蔚来汽车科技（安徽）有限公司", "NIO Technology (Anhui) Co., Ltd.", "蔚来", "NIO", "安徽省", "合肥市",
                "安徽省合肥市经济技术开发区翠微路6号", "No. 6 Cuiwei Road, Economic Development Zone, Hefei, Anhui, China", 3,
                0.10, 2017, "00004560");
        cn(m, e, "重庆长安汽车股份有限公司", "Chongqing Changan Automobile Co., Ltd.", "长安汽车", "CHANGAN", "重庆市",
                "重庆市", "重庆市江北区建新东路260号", "No. 260 Jianxin East Road, Jiangbei District, Chongqing, China", 3,
                0.03, 2005, "00003550");
        cn(m, e, "浙江吉利控股集团有限公司", "Zhejiang Geely Holding Group Co., Ltd.", "吉利", "GEELY", "浙江省",
                "杭州市", "浙江省杭州市滨江区江陵路1760号", "No. 1760 Jiangling Road, Binjiang District, Hangzhou, Zhejiang, China",
                4, 0.08, 2005, "00004560");
        cn(m, e, "北京新能源汽车股份有限公司", "Beijing Electric Vehicle Co., Ltd.", "北汽新能源", "BAIC BJEV", "北京市",
                "北京市", "北京市大兴区采育镇采和路1号", "No. 1 Caihe Road, Daxing District, Beijing, China", 3, 0.01, 2009,
                "00004660");
        cn(m, e, "中国第一汽车股份有限公司", "China FAW Co., Ltd.", "一汽", "FAW", "吉林省", "长春市",
                "吉林省长春市汽车经济技术开发区新红旗大街1号", "No. 1 Xinhongqi Street, Changchun, Jilin, China", 3, 0.01, 2005,
                "00003560");
        cn(m, e, "中国汽车技术研究中心有限公司", "China Automotive Technology and Research Center Co., Ltd.", "中汽中心",
                "CATARC", "天津市", "天津市", "天津市东丽区先锋东路68号", "No. 68 Xianfeng East Road, Dongli District, Tianjin, China",
                1.5, 0.0, 2005, "00003540");

        Kind un = Kind.UNIVERSITY;
        cn(u, un, "清华大学", "Tsinghua University", "清华大学", "TSINGHUA UNIVERSITY", "北京市", "北京市",
                "北京市海淀区清华园1号", "No. 1 Tsinghua Yuan, Haidian District, Beijing, China", 6, 0.06, 2005, "33324431");
        cn(u, un, "中南大学", "Central South University", "中南大学", "CENTRAL SOUTH UNIVERSITY", "湖南省", "长沙市",
                "湖南省长沙市岳麓区麓山南路932号", "No. 932 Lushan South Road, Yuelu District, Changsha, Hunan, China", 5, 0.02,
                2005, "64310015");
        cn(u, un, "电子科技大学", "University of Electronic Science and Technology of China", "电子科技大学", "UESTC",
                "四川省", "成都市", "四川省成都市高新区（西区）西源大道2006号",
                "No. 2006 Xiyuan Avenue, West Hi-tech Zone, Chengdu, Sichuan, China", 3, 0.02, 2005, "22210530");
        cn(u, un, "四川大学", "Sichuan University", "四川大学", "SICHUAN UNIVERSITY", "四川省", "成都市",
                "四川省成都市武侯区一环路南一段24号", "No. 24 South Section 1, Yihuan Road, Chengdu, Sichuan, China", 3, 0.02,
                2005, "43320112");
        cn(u, un, "西南交通大学", "Southwest Jiaotong University", "西南交通大学", "SOUTHWEST JIAOTONG UNIVERSITY",
                "四川省", "成都市", "四川省成都市二环路北一段111号", "No. 111 North Section 1, Second Ring Road, Chengdu, Sichuan, China",
                1.5, 0.01, 2005, "21110441");
        cn(u, un, "西南石油大学", "Southwest Petroleum University", "西南石油大学", "SOUTHWEST PETROLEUM UNIVERSITY",
                "四川省", "成都市", "四川省成都市新都区新都大道8号", "No. 8 Xindu Avenue, Xindu District, Chengdu, Sichuan, China",
                1, 0.0, 2005, "22210002");
        cn(u, un, "北京理工大学", "Beijing Institute of Technology", "北京理工大学", "BEIJING INSTITUTE OF TECHNOLOGY",
                "北京市", "北京市", "北京市海淀区中关村南大街5号", "No. 5 Zhongguancun South Street, Haidian District, Beijing, China",
                3, 0.02, 2005, "21210650");
        cn(u, un, "哈尔滨工业大学", "Harbin Institute of Technology", "哈尔滨工业大学", "HARBIN INSTITUTE OF TECHNOLOGY",
                "黑龙江省", "哈尔滨市", "黑龙江省哈尔滨市南岗区西大直街92号",
                "No. 92 West Dazhi Street, Nangang District, Harbin, Heilongjiang, China", 2.5, 0.01, 2005, "33320310");
        cn(u, un, "厦门大学", "Xiamen University", "厦门大学", "XIAMEN UNIVERSITY", "福建省", "厦门市",
                "福建省厦门市思明南路422号", "No. 422 Siming South Road, Xiamen, Fujian, China", 2, 0.02, 2005, "33410110");
        cn(u, un, "浙江大学", "Zhejiang University", "浙江大学", "ZHEJIANG UNIVERSITY", "浙江省", "杭州市",
                "浙江省杭州市西湖区余杭塘路866号", "No. 866 Yuhangtang Road, Xihu District, Hangzhou, Zhejiang, China", 3, 0.02,
                2005, "33310431");
        cn(u, un, "上海交通大学", "Shanghai Jiao Tong University", "上海交通大学", "SHANGHAI JIAO TONG UNIVERSITY",
                "上海市", "上海市", "上海市闵行区东川路800号", "No. 800 Dongchuan Road, Minhang District, Shanghai, China", 2.5,
                0.02, 2005, "22311441");
        cn(u, un, "华南理工大学", "South China University of Technology", "华南理工大学",
                "SOUTH CHINA UNIVERSITY OF TECHNOLOGY", "广东省", "广州市", "广东省广州市天河区五山路381号",
                "No. 381 Wushan Road, Tianhe District, Guangzhou, Guangdong, China", 2, 0.01, 2005, "32320341");
        cn(u, un, "天津大学", "Tianjin University", "天津大学", "TIANJIN UNIVERSITY", "天津市", "天津市",
                "天津市南开区卫津路92号", "No. 92 Weijin Road, Nankai District, Tianjin, China", 2, 0.01, 2005, "33320321");
        cn(u, un, "武汉理工大学", "Wuhan University of Technology", "武汉理工大学", "WUHAN UNIVERSITY OF TECHNOLOGY",
                "湖北省", "武汉市", "湖北省武汉市洪山区珞狮路122号", "No. 122 Luoshi Road, Hongshan District, Wuhan, Hubei, China",
                2, 0.01, 2005, "33220231");
        cn(u, un, "合肥工业大学", "Hefei University of Technology", "合肥工业大学", "HEFEI UNIVERSITY OF TECHNOLOGY",
                "安徽省", "合肥市", "安徽省合肥市包河区屯溪路193号", "No. 193 Tunxi Road, Baohe District, Hefei, Anhui, China",
                1.5, 0.0, 2005, "11110552");
        cn(u, un, "吉林大学", "Jilin University", "吉林大学", "JILIN UNIVERSITY", "吉林省", "长春市",
                "吉林省长春市前进大街2699号", "No. 2699 Qianjin Street, Changchun, Jilin, China", 2, 0.01, 2005, "22210550");

        Kind in = Kind.INSTITUTE;
        cn(i, in, "中国科学院物理研究所", "Institute of Physics, Chinese Academy of Sciences", "中国科学院",
                "CHINESE ACADEMY OF SCIENCES", "北京市", "北京市", "北京市海淀区中关村南三街8号",
                "No. 8 Zhongguancun South 3rd Street, Haidian District, Beijing, China", 3, 0.10, 2005, "33510000");
        cn(i, in, "中国科学院宁波材料技术与工程研究所",
                "Ningbo Institute of Materials Technology and Engineering, Chinese Academy of Sciences", "中国科学院",
                "CHINESE ACADEMY OF SCIENCES", "浙江省", "宁波市", "浙江省宁波市镇海区庄市大道519号",
                "No. 519 Zhuangshi Avenue, Zhenhai District, Ningbo, Zhejiang, China", 2.5, 0.03, 2005, "44420000");
        cn(i, in, "中国科学院大连化学物理研究所", "Dalian Institute of Chemical Physics, Chinese Academy of Sciences",
                "中国科学院", "CHINESE ACADEMY OF SCIENCES", "辽宁省", "大连市", "辽宁省大连市沙河口区中山路457号",
                "No. 457 Zhongshan Road, Shahekou District, Dalian, Liaoning, China", 2, 0.03, 2005, "22530000");
        cn(i, in, "中国科学院青岛生物能源与过程研究所",
                "Qingdao Institute of Bioenergy and Bioprocess Technology, Chinese Academy of Sciences", "中国科学院",
                "CHINESE ACADEMY OF SCIENCES", "山东省", "青岛市", "山东省青岛市崂山区松岭路189号",
                "No. 189 Songling Road, Laoshan District, Qingdao, Shandong, China", 1.5, 0.03, 2006, "11640000");
        cn(i, in, "中国科学院过程工程研究所", "Institute of Process Engineering, Chinese Academy of Sciences", "中国科学院",
                "CHINESE ACADEMY OF SCIENCES", "北京市", "北京市", "北京市海淀区中关村北二条1号",
                "No. 1 Zhongguancun North 2nd Alley, Haidian District, Beijing, China", 1.5, 0.01, 2005, "21000005");
        cn(i, in, "中国电子科技集团公司第十八研究所",
                "The 18th Research Institute of China Electronics Technology Group Corporation", "中国电子科技集团",
                "CETC", "天津市", "天津市", "天津市西青区海泰工业园华科七路6号",
                "No. 6 Huake 7th Road, Haitai Industrial Park, Xiqing District, Tianjin, China", 1.5, 0.0, 2005, "11213310");
        cn(i, in, "中国工程物理研究院电子工程研究所", "Institute of Electronic Engineering, China Academy of Engineering Physics",
                "中国工程物理研究院", "CAEP", "四川省", "绵阳市", "四川省绵阳市游仙区绵山路64号",
                "No. 64 Mianshan Road, Youxian District, Mianyang, Sichuan, China", 1, 0.0, 2005, "11213300");

        f(f, "KR", "LG Energy Solution, Ltd.", "株式会社LG新能源", "LG", "108, Yeoui-daero, Yeongdeungpo-gu, Seoul, Republic of Korea",
                "韩国首尔市永登浦区汝矣大路108号", 14, 2020, "33326531");
        f(f, "KR", "LG Chem, Ltd.", "株式会社LG化学", "LG", "128, Yeoui-daero, Yeongdeungpo-gu, Seoul, Republic of Korea",
                "韩国首尔市永登浦区汝矣大路128号", 12, 2005, "44426531");
        f(f, "KR", "Samsung SDI Co., Ltd.", "三星SDI株式会社", "SAMSUNG",
                "150-20, Gongse-ro, Giheung-gu, Yongin-si, Gyeonggi-do, Republic of Korea", "韩国京畿道龙仁市器兴区贡税路150-20",
                12, 2005, "33326421");
        f(f, "KR", "SK On Co., Ltd.", "SK新能源株式会社", "SK", "51, Jong-ro, Jongno-gu, Seoul, Republic of Korea",
                "韩国首尔市钟路区钟路51号", 5, 2021, "22226431");
        f(f, "KR", "SK Innovation Co., Ltd.", "SK新技术株式会社", "SK", "26, Jong-ro, Jongno-gu, Seoul, Republic of Korea",
                "韩国首尔市钟路区钟路26号", 4, 2005, "22334421");
        f(f, "KR", "Hyundai Motor Company", "现代自动车株式会社", "HYUNDAI", "12, Heolleung-ro, Seocho-gu, Seoul, Republic of Korea",
                "韩国首尔市瑞草区献陵路12号", 4, 2005, "11114660");
        f(f, "JP", "Panasonic Intellectual Property Management Co., Ltd.", "松下知识产权经营株式会社", "PANASONIC",
                "1-61, Shiromi 2-chome, Chuo-ku, Osaka-shi, Osaka, Japan", "日本大阪府大阪市中央区城见二丁目1番61号", 8, 2014,
                "44426210");
        f(f, "JP", "Panasonic Holdings Corporation", "松下控股株式会社", "PANASONIC", "1006, Oaza Kadoma, Kadoma-shi, Osaka, Japan",
                "日本大阪府门真市大字门真1006番地", 4, 2005, "44426210");
        f(f, "JP", "Toyota Jidosha Kabushiki Kaisha", "丰田自动车株式会社", "TOYOTA", "1, Toyota-cho, Toyota-shi, Aichi, Japan",
                "日本爱知县丰田市丰田町1番地", 10, 2005, "33523550");
        f(f, "JP", "Sumitomo Metal Mining Co., Ltd.", "住友金属矿山株式会社", "SUMITOMO METAL MINING",
                "11-3, Shimbashi 5-chome, Minato-ku, Tokyo, Japan", "日本东京都港区新桥五丁目11番3号", 3, 2005, "90000001");
        f(f, "DE", "Robert Bosch GmbH", "罗伯特·博世有限公司", "BOSCH", "Postfach 30 02 20, 70442 Stuttgart, Germany",
                "德国斯图加特", 4, 2005, "11113550");
        f(f, "DE", "BASF SE", "巴斯夫欧洲公司", "BASF", "Carl-Bosch-Strasse 38, 67056 Ludwigshafen am Rhein, Germany",
                "德国路德维希港", 3, 2005, "54300000");
        f(f, "DE", "Volkswagen Aktiengesellschaft", "大众汽车股份公司", "VOLKSWAGEN", "Berliner Ring 2, 38440 Wolfsburg, Germany",
                "德国沃尔夫斯堡", 2, 2005, "00004550");
        f(f, "BE", "Umicore", "优美科公司", "UMICORE", "Rue du Marais 31, 1000 Brussels, Belgium", "比利时布鲁塞尔", 3, 2005,
                "80000002");
        f(f, "SE", "Northvolt AB", "诺斯伏特公司", "NORTHVOLT", "Alströmergatan 20, 112 47 Stockholm, Sweden", "瑞典斯德哥尔摩",
                1, 2017, "11115502");
        f(f, "US", "Tesla, Inc.", "特斯拉公司", "TESLA", "1 Tesla Road, Austin, TX 78725, USA", "美国得克萨斯州奥斯汀", 3, 2005,
                "11115550");
        f(f, "US", "GM Global Technology Operations LLC", "通用汽车环球科技运作有限责任公司", "GENERAL MOTORS",
                "300 Renaissance Center, Detroit, MI 48265, USA", "美国密歇根州底特律", 4, 2005, "22214550");
        f(f, "US", "Ford Global Technologies, LLC", "福特全球技术公司", "FORD",
                "330 Town Center Drive, Dearborn, MI 48126, USA", "美国密歇根州迪尔伯恩", 3, 2005, "00004650");
        f(f, "US", "QuantumScape Battery, Inc.", "昆腾斯科普电池公司", "QUANTUMSCAPE", "1730 Technology Drive, San Jose, CA 95110, USA",
                "美国加利福尼亚州圣何塞", 1, 2012, "22900000");
        foreign(f, Kind.UNIVERSITY, "US", "The Regents of the University of California", "加利福尼亚大学董事会",
                "UNIVERSITY OF CALIFORNIA", "1111 Franklin Street, Oakland, CA 94607, USA", "美国加利福尼亚州奥克兰", 1, 2005,
                "33300000");
        foreign(f, Kind.INSTITUTE, "FR", "Commissariat à l'Énergie Atomique et aux Énergies Alternatives",
                "法国原子能及替代能源委员会", "CEA", "25 rue Leblanc, 75015 Paris, France", "法国巴黎", 1.5, 2005, "33314200");
        foreign(f, Kind.INSTITUTE, "DE", "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
                "弗劳恩霍夫应用研究促进协会", "FRAUNHOFER", "Hansastraße 27c, 80686 München, Germany", "德国慕尼黑", 1, 2005,
                "22214201");
        foreign(f, Kind.INSTITUTE, "KR", "Korea Institute of Science and Technology", "韩国科学技术研究院", "KIST",
                "5, Hwarang-ro 14-gil, Seongbuk-gu, Seoul, Republic of Korea", "韩国首尔市城北区花郎路14街5号", 1, 2005,
                "33300000");
    }

    private static void f(List<Org> into, String country, String en, String zh, String group, String addressEn,
                          String addressZh, double weight, int since, String focus) {
        foreign(into, Kind.ENTERPRISE, country, en, zh, group, addressEn, addressZh, weight, since, focus);
    }

    /** Made-up firms: {place}{two-character brand}{trade}{legal form}, weights falling off like real applicant counts. */
    private static List<Org> madeUpFirms(SplittableRandom rnd, int n) {
        double[] cityWeights = CITIES.stream().mapToDouble(City::weight).toArray();
        double[] branchWeights = {5, 3, 2, 1.5, 6, 3, 3, 2};
        Set<String> names = new HashSet<>();
        List<Org> out = new ArrayList<>();
        while (out.size() < n) {
            City c = CITIES.get(weighted(rnd, cityWeights));
            Term b1 = Vocabulary.BRAND.get(rnd.nextInt(Vocabulary.BRAND.size()));
            Term b2 = Vocabulary.BRAND.get(rnd.nextInt(Vocabulary.BRAND.size()));
            if (b1.equals(b2)) {
                continue;
            }
            int main = weighted(rnd, branchWeights);
            List<Term> trades = Vocabulary.TRADES.get(main);
            Term trade = trades.get(rnd.nextInt(trades.size()));
            Term form = Vocabulary.LEGAL_FORMS.get(rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(Vocabulary.LEGAL_FORMS.size()));
            boolean provincePrefix = !c.municipality() && rnd.nextInt(4) == 0;
            String placeZh = provincePrefix ? c.provinceZh().replace("省", "")
                    : rnd.nextBoolean() || c.municipality() ? c.cityZh() : c.cityZh().replace("市", "");
            String placeEn = provincePrefix ? c.provinceEn() : c.cityEn();
            String zh = placeZh + b1.zh() + b2.zh() + trade.zh() + form.zh();
            if (!names.add(zh)) {
                continue;
            }
            String en = placeEn + " " + b1.en() + b2.en().toLowerCase(java.util.Locale.ROOT) + " " + trade.en() + " " + form.en();
            double[] focus = new double[8];
            focus[main] = 7;
            focus[rnd.nextInt(8)] += 2;
            focus[rnd.nextInt(8)] += 1;
            int since = 2005 + (int) Math.floor(Math.sqrt(rnd.nextDouble()) * 17);
            double weight = 1.0 / Math.pow(out.size() + 1, 0.6);
            String[] addr = address(rnd, c);
            out.add(new Org(0, zh, en, b1.zh() + b2.zh(), (b1.en() + b2.en()).toUpperCase(java.util.Locale.ROOT), Kind.ENTERPRISE,
                    "CN", c.provinceZh(), c.cityZh(), addr[0], addr[1], weight, 0.01, since, focus));
        }
        return out;
    }

    private static List<Org> individuals(SplittableRandom rnd, int n) {
        double[] cityWeights = CITIES.stream().mapToDouble(City::weight).toArray();
        Set<String> names = new HashSet<>();
        List<Org> out = new ArrayList<>();
        while (out.size() < n) {
            Term name = People.chineseName(rnd);
            if (!names.add(name.zh())) {
                continue;
            }
            City c = CITIES.get(weighted(rnd, cityWeights));
            String[] addr = address(rnd, c);
            double[] focus = {1, 1, 0.5, 0.5, 3, 2, 3, 2};
            out.add(new Org(0, name.zh(), name.en(), name.zh(), name.en().toUpperCase(java.util.Locale.ROOT), Kind.INDIVIDUAL,
                    "CN", c.provinceZh(), c.cityZh(), addr[0], addr[1], 1, 0.0, 2005, focus));
        }
        return out;
    }

    /** A Chinese address ({province}{city}{district}{road}{n}号) and its English form. */
    static String[] address(SplittableRandom rnd, City c) {
        String district = c.districts().get(rnd.nextInt(c.districts().size()));
        Term road = Vocabulary.ROADS.get(rnd.nextInt(Vocabulary.ROADS.size()));
        int number = 1 + rnd.nextInt(999);
        StringBuilder zh = new StringBuilder();
        zh.append(c.municipality() ? c.cityZh() : c.provinceZh() + c.cityZh()).append(district).append(road.zh())
                .append(number).append('号');
        if (rnd.nextInt(3) == 0) {
            zh.append(1 + rnd.nextInt(12)).append("栋");
        }
        String en = "No. " + number + " " + road.en() + ", " + c.cityEn() + (c.municipality() ? "" : ", " + c.provinceEn())
                + ", China";
        return new String[] {zh.toString(), en};
    }

    static int weighted(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
