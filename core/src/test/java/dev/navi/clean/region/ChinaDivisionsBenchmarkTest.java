package dev.navi.clean.region;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny throughput check for {@link ChinaDivisions#parseAddress(String)}: prints addresses per second and
 * asserts nothing about time, since the machine it runs on is shared.
 */
@Tag("benchmark")
class ChinaDivisionsBenchmarkTest {

    private static final List<String> ADDRESSES = List.of(
            "四川省成都市高新区天府大道中段666号",
            "广东省深圳市南山区科技园科技南十二路2号金蝶软件园",
            "100084 北京市海淀区清华园1号",
            "浙江杭州市滨江区网商路699号",
            "江苏省苏州工业园区星湖街328号创意产业园",
            "上海市长宁区延安西路1882号",
            "湖北省武汉市东湖新技术开发区高新大道999号",
            "中国四川省绵阳市涪城区科创园区园艺东街",
            "新疆乌鲁木齐市高新区北京南路",
            "内蒙古自治区呼和浩特市赛罕区大学东街",
            "吉林市丰满区吉林大街",
            "香港九龙尖沙咀",
            "日本国东京都港区芝浦一丁目1番1号",
            "某某市某某路88号",
            "山东省青岛市崂山区海尔路1号");

    @Test
    void printsAddressesPerSecond() {
        // given
        ChinaDivisions divisions = ChinaDivisions.standard();
        int n = 1_000_000;
        long found = 0;
        for (int i = 0; i < 200_000; i++) {
            found += divisions.parseAddress(ADDRESSES.get(i % ADDRESSES.size())).isPresent() ? 1 : 0;
        }

        // when
        long start = System.nanoTime();
        found = 0;
        for (int i = 0; i < n; i++) {
            found += divisions.parseAddress(ADDRESSES.get(i % ADDRESSES.size())).isPresent() ? 1 : 0;
        }
        long nanos = System.nanoTime() - start;

        // then
        System.out.printf(Locale.ROOT, "ChinaDivisions.parseAddress: %,d addresses in %.2f s = %,.0f addresses/s%n",
                n, nanos / 1e9, n / (nanos / 1e9));
        assertThat(found).isGreaterThan(n / 2);
    }
}
