package dev.navi.chain;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.match.Tag;
import dev.navi.chain.match.Tagger;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.RecordSink;
import dev.navi.ingest.Reject;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.testing.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyword tagging on the real incoPat exports finds records by their text, in both languages: the map below has no
 * classification rule at all, one node with Chinese keywords and one with English keywords only. Before the
 * incoPat title/abstract columns ({@code 标题 (中文)}, {@code 标题 (英文)} ...) were mapped, both found nothing.
 */
class IncopatTextTaggingTest {
    private static final java.util.regex.Pattern VOICE = java.util.regex.Pattern.compile("\\bvoice\\b");
    private static final String MAP = """
            industry: {id: ai-devices, zh: 人工智能终端, en: AI devices}
            nodes:
              - id: speech-zh
                zh: 语音（中文检索词）
                en: Speech (Chinese terms)
                query: 语音 OR 声学 OR 麦克风 OR 音箱 OR 唤醒
              - id: speech-en
                zh: 语音（英文检索词）
                en: Speech (English terms)
                query: speech OR voice OR acoustic OR microphone OR loudspeaker
              - id: vehicle-zh
                zh: 车辆（中文检索词）
                en: Vehicles (Chinese terms)
                query: 车辆 OR 自动驾驶 OR 汽车
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                                       | English texts | node that must tag most
            incopat_yangdongbjcn/incopat_OpenAI_72.xlsx   | true          | speech-zh
            incopat_yangdongbjcn/incopat_iflytek_3816.xlsx | true          | speech-zh
            incopat_yangdongbjcn/incopat_gm_10000.xlsx    | false         | vehicle-zh
            """)
    void tagsByTitleAndAbstractInBothLanguages(String file, boolean english, String mainNode) {
        // given
        ChainMap map = ChainMapReader.read("inline", MAP).orThrow();
        Tagger tagger = Tagger.compile(map.toNodeSpecs());
        List<Patent> records = read(file);
        // when
        long mainTagged = 0;
        long englishTagged = 0;
        long englishTextWithTerm = 0;
        for (Patent p : records) {
            List<Tag> tags = tagger.tag(p);
            // the map has no class rules: every tag comes from a keyword in the text
            assertThat(tags).allSatisfy(t -> assertThat(t.matchedBy()).doesNotContain("ipc").doesNotContain("cpc"));
            if (tags.stream().anyMatch(t -> t.nodeId().equals(mainNode))) {
                mainTagged++;
            }
            boolean en = tags.stream().anyMatch(t -> t.nodeId().equals("speech-en"));
            if (en) {
                englishTagged++;
            }
            // worked out apart from the tagger: records whose English title has the word "voice" must be tagged speech-en
            if (p.titleAlt() != null && VOICE.matcher(p.titleAlt().toLowerCase(Locale.ROOT)).find()) {
                englishTextWithTerm++;
                assertThat(en).as(p.publicationNumber() + " " + p.titleAlt()).isTrue();
            }
        }
        // then
        assertThat(mainTagged).as("records tagged %s by their text", mainNode).isGreaterThan(records.size() / 20);
        if (english) {
            assertThat(englishTextWithTerm).isPositive();
            assertThat(englishTagged).isGreaterThanOrEqualTo(englishTextWithTerm);
        }
    }

    @org.junit.jupiter.api.Test
    void oneRecordIsFoundByItsChineseAndItsEnglishTitle() {
        // given 一种语音唤醒率测试系统及方法 / Voice wake-up rate test system and method
        ChainMap map = ChainMapReader.read("inline", MAP).orThrow();
        Tagger tagger = Tagger.compile(map.toNodeSpecs());
        Patent p = read("incopat_yangdongbjcn/incopat_OpenAI_72.xlsx").stream()
                .filter(x -> "CN111341297A".equals(x.publicationNumber())).findFirst().orElseThrow();
        // when
        List<Tag> tags = tagger.tag(p);
        // then
        assertThat(p.title()).isEqualTo("一种语音唤醒率测试系统及方法");
        assertThat(p.titleAlt()).isEqualTo("Voice wake-up rate test system and method");
        assertThat(tags).extracting(Tag::nodeId).contains("speech-zh", "speech-en");
        assertThat(tags).filteredOn(t -> t.nodeId().equals("speech-en")).first()
                .satisfies(t -> assertThat(t.matchedBy().toLowerCase(Locale.ROOT)).contains("voice"));
    }

    private static List<Patent> read(String file) {
        List<Patent> out = new ArrayList<>();
        new IngestService(LayoutRegistry.builtIn()).readAll(List.of(RealData.file(file)), new RecordSink() {
            @Override
            public void record(Patent patent) {
                out.add(patent);
            }

            @Override
            public void reject(Reject reject) {
            }

            @Override
            public void lookupRow(String f, String layout, List<String> header, List<String> cells) {
            }
        }, false, null);
        return out;
    }
}
