package dev.navi.clean.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantTypeClassifierTest {

    private final ApplicantTypeClassifier classifier = ApplicantTypeClassifier.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // Chinese: the rightmost organisation word decides
            "清华大学 | UNIVERSITY",
            "浙江工业职业技术学院 | UNIVERSITY",
            "中国科学院大学 | UNIVERSITY",
            "中国科学院 | INSTITUTE",
            "中国科学院大连化学物理研究所 | INSTITUTE",
            "江苏省农业科学院 | INSTITUTE",
            "国家纳米科学中心研究中心 | INSTITUTE",
            "之江实验室 | INSTITUTE",
            "北京航天自动控制研究所 | INSTITUTE",
            "深圳清华大学研究院 | INSTITUTE",
            "中国电力科学研究院有限公司 | ENTERPRISE",
            "中国石油化工股份有限公司石油化工科学研究院 | ENTERPRISE",
            "华为技术有限公司 | ENTERPRISE",
            "江南造船厂 | ENTERPRISE",
            "海尔集团 | ENTERPRISE",
            "寿光市蔬菜种植专业合作社 | ENTERPRISE",
            "株式会社日立製作所 | ENTERPRISE",
            "三星电子株式会社 | ENTERPRISE",
            "国家电网有限公司 | ENTERPRISE",
            "深圳市大疆创新科技 | ENTERPRISE",
            "浙江大学医学院附属第一医院 | GOVERNMENT_OTHER",
            "中国人民解放军陆军军医大学 | UNIVERSITY",
            "中国人民解放军第四军医大学 | UNIVERSITY",
            "中国人民解放军91550部队 | GOVERNMENT_OTHER",
            "国家电网公司北京电力医院 | ENTERPRISE",
            "上海市环境科学研究院 | INSTITUTE",
            "国家知识产权局专利局专利审查协作北京中心 | GOVERNMENT_OTHER",
            "北京市农林科学院 | INSTITUTE",
            "宁波市北仑区人民政府 | GOVERNMENT_OTHER",
            "中国汽车工程学会 | GOVERNMENT_OTHER",
            "国家电网有限公司技术学院分公司 | ENTERPRISE",
            "张伟 | INDIVIDUAL",
            "欧阳建国 | INDIVIDUAL",
            "王小明 | INDIVIDUAL",
            "约翰·史密斯 | INDIVIDUAL",
            "김철수 | INDIVIDUAL",
            "서울대학교산학협력단 | UNIVERSITY",
            "한국전자통신연구원 | INSTITUTE",
            "삼성전자주식회사 | ENTERPRISE",
            // English and European
            "Massachusetts Institute of Technology | UNIVERSITY",
            "MASSACHUSETTS INST TECHNOLOGY | UNIVERSITY",
            "UNIV CALIFORNIA | UNIVERSITY",
            "The Regents of the University of California | UNIVERSITY",
            "Universität Stuttgart | UNIVERSITY",
            "École Polytechnique Fédérale de Lausanne (EPFL) | UNIVERSITY",
            "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V. | INSTITUTE",
            "Max-Planck-Gesellschaft zur Förderung der Wissenschaften e.V. | INSTITUTE",
            "Centre National de la Recherche Scientifique (CNRS) | INSTITUTE",
            "Industrial Technology Research Institute | INSTITUTE",
            "Korea Institute of Science and Technology | INSTITUTE",
            "Council of Scientific and Industrial Research | INSTITUTE",
            "SZ DJI TECHNOLOGY CO LTD | ENTERPRISE",
            "International Business Machines Corporation | ENTERPRISE",
            "Siemens Aktiengesellschaft | ENTERPRISE",
            "Kabushiki Kaisha Toshiba | ENTERPRISE",
            "Thales S.A. | ENTERPRISE",
            "Genoscience | ENTERPRISE",
            "The United States of America as represented by the Secretary of the Navy | GOVERNMENT_OTHER",
            "Her Majesty the Queen in right of Canada, as represented by the Minister of Health | GOVERNMENT_OTHER",
            "US NAVY | GOVERNMENT_OTHER",
            "State of Oregon | GOVERNMENT_OTHER",
            "City of Hope | GOVERNMENT_OTHER",
            "Massachusetts General Hospital | GOVERNMENT_OTHER",
            "Mayo Foundation for Medical Education and Research | GOVERNMENT_OTHER",
            "European Space Agency | GOVERNMENT_OTHER",
            "KESLER MORRIS P | INDIVIDUAL",
            "Edward S. Robbins, III | INDIVIDUAL",
            "Robbins, Edward | INDIVIDUAL",
            "John Smith | INDIVIDUAL",
            "ZHANG LIANG | INDIVIDUAL",
            "TANAKA HIROSHI | INDIVIDUAL",
            "KARALIS ARISTEIDIS | INDIVIDUAL",
            "STONER JR WILLIAM T | INDIVIDUAL",
            "FLIR SYSTEMS | ENTERPRISE",
            "PARROT DRONES | ENTERPRISE",
            "BOEHRINGER MANNHEIM ITALIA | ENTERPRISE",
            "Sound ID | ENTERPRISE",
            "Lehigh Univeristy | UNIVERSITY",
            "Zygo Corpporation | ENTERPRISE",
            // issue 13: per script and language, governments, CJK persons
            "大谷 広海 | INDIVIDUAL",
            "夏弥尔 大卫 | INDIVIDUAL",
            "안토니오 카르미네 파텔라 | INDIVIDUAL",
            "님블 로보틱스 아이앤씨 | ENTERPRISE",
            "한국과학기술원 | UNIVERSITY",
            "한국세라믹기술원 | INSTITUTE",
            "재단법인대구경북과학기술원 | UNIVERSITY",
            "대한민국(농촌진흥청장) | GOVERNMENT_OTHER",
            "ユミコア・コリア・リミテッド | ENTERPRISE",
            "ユニヴェルシテ・ドゥ・モンペリエ・ドゥ | UNIVERSITY",
            "福建省计量科学研究院(福建省眼镜质量检验站) | INSTITUTE",
            "齐鲁工业大学(山东省科学院) | UNIVERSITY",
            "Российская Федерация | GOVERNMENT_OTHER",
            "павлов юрий витальевич | INDIVIDUAL",
            "Абрамов И.П. | INDIVIDUAL",
            "Мерк Патент Гмбх | ENTERPRISE",
            "FRANCE ETAT | GOVERNMENT_OTHER",
            "ISRAEL STATE | GOVERNMENT_OTHER",
            "US GOV AIR FORCE | GOVERNMENT_OTHER",
            "KOREA ADVANCED INST SCI & TECH | UNIVERSITY",
            "CALIFORNIA INST OF TECHN | UNIVERSITY"
    })
    void classifies(String name, ApplicantType expected) {
        // when
        ApplicantTypeClassifier.Classification c = classifier.classify(name);

        // then
        assertThat(c.type()).as(name + " [" + c.rule() + "]").isEqualTo(expected);
    }

    @Test
    void saysWhichRuleFired() {
        assertThat(classifier.classify("研究院有限公司").rule()).isEqualTo("zh.2 head word: 公司");
        assertThat(classifier.classify("中国科学院大学").rule()).isEqualTo("zh.2 head word: 大学");
        assertThat(classifier.classify("Sony Corporation").rule()).isEqualTo("en.2 legal form: corporation");
        assertThat(classifier.classify("KESLER MORRIS P").rule()).startsWith("en.7 personal name");
        assertThat(classifier.classify("United States of America as represented by the Secretary of the Army").rule())
                .startsWith("en.1 government formula");
    }

    @Test
    void typeLabels() {
        assertThat(ApplicantType.INSTITUTE.zh()).isEqualTo("科研院所");
        assertThat(ApplicantType.GOVERNMENT_OTHER.en()).isEqualTo("government-other");
    }
}
