package dev.navi.ingest.table;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingDetectorTest {
    private static final String CHINESE = "公开(公告)号,标题,申请人\nCN114123456A,一种锂离子电池正极材料,宁德时代新能源科技股份有限公司\n";

    private static String detect(byte[] b) {
        return EncodingDetector.detect(b, b.length).label();
    }

    @Test
    void bomsWin() {
        assertThat(detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("UTF-8 (BOM)");
        assertThat(detect(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("UTF-16LE (BOM)");
        assertThat(detect(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void utf16WithoutBomIsSeenInItsZeros() {
        assertThat(detect("id,title\nUS1,Pizza box\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16LE");
    }

    @Test
    void utf8AndGbk() {
        assertThat(detect(CHINESE.getBytes(StandardCharsets.UTF_8))).isEqualTo("UTF-8");
        assertThat(detect(CHINESE.getBytes(Charset.forName("GBK")))).isEqualTo("GB18030 (GBK)");
        assertThat(detect("plain,ascii\n1,2\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UTF-8");
    }

    @Test
    void westernLegacyCodePages() {
        byte[] macText = "Title\rCaf\u00e9 pizza \u2018best\u2019\r".getBytes(Charset.forName("x-MacRoman"));
        assertThat(detect(macText)).isEqualTo("Mac Roman");
        byte[] winText = "Title\r\nCaf\u00e9 pizza \u2018best\u2019\r\n".getBytes(Charset.forName("windows-1252"));
        assertThat(detect(winText)).isEqualTo("Windows-1252");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
