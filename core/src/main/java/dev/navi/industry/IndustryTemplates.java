package dev.navi.industry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The industry input templates {@code navi init} writes ({@code industry/firms.csv}, {@code market.csv},
 * {@code region_output.csv}): UTF-8 with a BOM (so Excel and WPS show the Chinese headers), the header row
 * {@link IndustryReader} expects, a comment row saying what each column holds, and example rows to overwrite. Rows
 * whose first cell starts with {@code #} are comments and never read.
 */
public final class IndustryTemplates {
    /** File name → content. */
    static final Map<String, String> FILES = Map.of(
            "firms.csv", """
                    name,credit_code,country,province,city,group,nodes,role,revenue,output,employees,year
                    # 企业名称（必填）,统一社会信用代码（可空）,国家（国外企业填写）,省份,城市,所属集团（可空）,产业链环节（节点id，多个用;分隔）,企业类型（龙头;专精特新;上市;规上）,营业收入（亿元）,产值（亿元）,从业人数,统计年份
                    示例电池科技有限公司,,,四川省,宜宾市,,cell;bms,规上,12.5,11.0,860,2024
                    Example Battery Co.,,KR,,,,cell,上市,950,,30000,2024
                    """,
            "market.csv", """
                    node,year,market,holder,holder_type,output_value,capacity,share
                    # 产业链环节（节点id，必填）,年份,市场（空=全球）,持有方（企业或国家；空=市场规模行）,持有方类型（firm/country）,市场产值（亿元）,产能/出货量（GWh等）,市场份额（0.23或23%）
                    cell,2024,全球,,,8000,900,
                    cell,2024,全球,示例电池科技有限公司,firm,,,0.5%
                    cell,2024,全球,CN,country,,,70%
                    """,
            "region_output.csv", """
                    region,node,year,output
                    # 地区（目标区域或对标区域）,产业链环节（节点id）,年份,产值（亿元）
                    四川省,cell,2024,1200
                    广东省,cell,2024,2100
                    """);

    private IndustryTemplates() {
    }

    /**
     * Writes the templates into {@code dir} (created if missing); existing files are kept unless {@code force}.
     *
     * @return the files written, in name order
     */
    public static List<Path> write(Path dir, boolean force) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String name : FILES.keySet().stream().sorted().toList()) {
            Path target = dir.resolve(name);
            if (Files.exists(target) && !force) {
                continue;
            }
            Path tmp = Files.createTempFile(dir, ".navi-", ".csv");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = FILES.get(name).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(tmp, all);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.add(target);
        }
        return out;
    }
}
