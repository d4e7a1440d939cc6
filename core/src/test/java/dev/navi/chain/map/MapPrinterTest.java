package dev.navi.chain.map;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MapPrinterTest {
    private static final ChainMap MAP = ChainMapReader.read("t.yaml", """
            industry: {id: nev, zh: 动力电池, en: Power batteries}
            nodes:
              - id: up
                zh: 上游
                en: Upstream
                children:
                  - {id: cathode, zh: 正极材料, key: true, ipc: [H01M4/505, H01M4/525], ipcMainOnly: true}
                  - id: solid
                    en: Solid-state
                    rules: [{ipc: H01M10/0562, query: 固态 OR "solid-state", label: solid}]
              - {id: down, zh: 回收, query: 回收}
            """).orThrow();

    @Test
    void printsTheTreeWithRulesAndCounts() {
        // when
        String text = MapPrinter.print(MAP, true, Map.of("nev", 100L, "up", 60L, "cathode", 42L, "down", 7L));

        // then
        assertThat(text).isEqualTo("""
                nev  动力电池 / Power batteries  (100)
                ├─ up  上游 / Upstream  (60)
                │  ├─ cathode  正极材料  [key]  (42)
                │  │       ipc: H01M4/505 | H01M4/525 (main class only)
                │  └─ solid  Solid-state
                │          solid: ipc H01M10/0562 AND query (固态 OR "solid-state")
                └─ down  回收  (7)
                        query: 回收
                """);
    }

    @Test
    void printsTheTreeAlone() {
        assertThat(MapPrinter.print(MAP, false)).isEqualTo("""
                nev  动力电池 / Power batteries
                ├─ up  上游 / Upstream
                │  ├─ cathode  正极材料  [key]
                │  └─ solid  Solid-state
                └─ down  回收
                """);
    }
}
