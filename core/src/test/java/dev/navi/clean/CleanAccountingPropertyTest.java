package dev.navi.clean;

import dev.navi.gen.ExportGenerator;
import dev.navi.gen.ExportWriter;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever the overlap of the exports (the same file twice, shared windows of one generated sequence, other
 * vendors' layouts of the same records) and whatever the exclusion rules and counting unit, cleaning balances:
 * {@code read = kept + rejected} per file and {@code kept = counted + merged + excluded} overall, every merged or
 * excluded row is listed once, and no counted record matches a rule. Seeded, so a failure replays.
 */
class CleanAccountingPropertyTest {
    private static final long SEED = 20261206L;
    private static final int ITERATIONS = 60;
    private static final List<ExportWriter.Layout> LAYOUTS = List.of(ExportWriter.Layout.LENS, ExportWriter.Layout.PATSNAP,
            ExportWriter.Layout.INCOPAT, ExportWriter.Layout.GOOGLE_PATENTS);
    private static final List<String> IPC = List.of("H01M", "H01M10", "H01M4", "B60L", "H02J", "H01M10/0525", "G01R");
    private static final List<CountingUnit> UNITS = java.util.Arrays.asList(null, CountingUnit.PUBLICATION,
            CountingUnit.APPLICATION, CountingUnit.FAMILY);

    private final CleanService service = new CleanService(new IngestService(LayoutRegistry.builtIn()), ApplicantResolver.NONE);

    @Test
    void overlappingExportsTimesExclusionRulesAlwaysBalance(@TempDir Path dir) {
        Random rnd = new Random(SEED);
        // words and applicants that really occur, so keyword and applicant rules do remove records
        List<Patent> pool = new ExportGenerator(7).generate(200);
        for (int it = 0; it < ITERATIONS; it++) {
            // given 1-4 exports: windows of one or two generated sequences, some files listed twice
            List<Path> files = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            for (int f = 0; f < n; f++) {
                ExportWriter.Layout layout = LAYOUTS.get(rnd.nextInt(LAYOUTS.size()));
                Path out = dir.resolve("it" + it + "_" + f + ".csv");
                ExportWriter.writeFile(new ExportWriter.Request(new ExportWriter.Options(layout, ExportWriter.Format.CSV, null),
                        1 + rnd.nextInt(2), rnd.nextInt(40), 10 + rnd.nextInt(60), out));
                files.add(out);
                if (rnd.nextInt(3) == 0) {
                    files.add(out);
                }
            }
            ExclusionRules rules = randomRules(rnd, pool);
            CountingUnit unit = UNITS.get(rnd.nextInt(UNITS.size()));
            String what = "iteration " + it + ": " + files.size() + " files, unit " + unit + ", " + rules;

            // when
            CleanService.CleanResult r = service.run(new CleanService.CleanRequest(files, dir.resolve("unused"), unit, rules,
                    false, null));

            // then
            long read = 0;
            long kept = 0;
            long rejected = 0;
            for (IngestService.FileOutcome o : r.files()) {
                assertThat(o.report().read()).as(what).isEqualTo(o.report().kept() + o.report().rejected());
                read += o.report().read();
                kept += o.report().kept();
                rejected += o.report().rejected();
            }
            assertThat(r.ingestRead()).as(what).isEqualTo(read);
            assertThat(r.ingestRejects()).as(what).hasSize((int) rejected);
            assertThat(r.recordsIn()).as(what).isEqualTo(kept);
            assertThat(r.recordsIn()).as(what).isEqualTo(r.recordsOut() + r.merged() + r.excluded());
            assertThat(r.records()).as(what).hasSize((int) r.recordsOut());
            assertThat((long) r.removed().size()).as(what).isEqualTo(r.merged() + r.excluded());
            assertThat(r.removed().stream().filter(x -> x.action().equals("excluded")).count()).as(what).isEqualTo(r.excluded());
            assertThat(r.excludedByRule().values().stream().mapToLong(Long::longValue).sum()).as(what).isEqualTo(r.excluded());
            assertThat(r.records()).as(what).extracting(CleanRecord::unitId).doesNotHaveDuplicates();
            assertThat(r.records()).as(what).allSatisfy(c -> assertThat(rules.match(c.patent())).isEmpty());
            // the same exports listed twice count each publication once, so the counted records never exceed the
            // distinct publications
            assertThat(r.recordsOut()).as(what).isLessThanOrEqualTo(kept);
        }
    }

    private static ExclusionRules randomRules(Random rnd, List<Patent> pool) {
        List<String> keywords = new ArrayList<>();
        List<String> ipc = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        Set<PatentType> types = Set.of();
        int kinds = 1 + rnd.nextInt(3);
        for (int k = 0; k < kinds; k++) {
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    String title = pool.get(rnd.nextInt(pool.size())).title();
                    if (title != null && title.length() >= 2) {
                        int at = rnd.nextInt(title.length() - 1);
                        keywords.add(title.substring(at, Math.min(title.length(), at + 2 + rnd.nextInt(3))));
                    }
                }
                case 1 -> ipc.add(IPC.get(rnd.nextInt(IPC.size())));
                case 2 -> {
                    List<String> names = pool.get(rnd.nextInt(pool.size())).applicants();
                    if (!names.isEmpty()) {
                        applicants.add(names.get(0));
                    }
                }
                case 3 -> {
                    from = 2005 + rnd.nextInt(12);
                    to = rnd.nextBoolean() ? null : from + rnd.nextInt(12);
                }
                default -> types = Set.of(PatentType.values()[rnd.nextInt(PatentType.values().length)]);
            }
        }
        return new ExclusionRules(keywords, ipc, applicants, from, to, types);
    }
}
