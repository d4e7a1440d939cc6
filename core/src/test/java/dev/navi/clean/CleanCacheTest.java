package dev.navi.clean;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean cache on the sample's Lens export: a stored result reads back equal in every record and every count; the
 * key changes with one input byte (size and time stamp kept), one alias, the unit, a rule, a mapping file; an entry of
 * another key, a cut-short or a damaged entry is never used.
 */
class CleanCacheTest {
    static final Path LENS = Path.of("..", "samples", "nev-battery", "exports", "lens_nev_battery.csv");
    static CleanService.CleanResult cleaned;
    static Path input;

    @TempDir
    static Path shared;

    @BeforeAll
    static void clean() throws IOException {
        input = shared.resolve("lens.csv");
        Files.copy(LENS, input);
        cleaned = service(null).run(request(input, null));
    }

    static CleanService service(Path aliases) throws IOException {
        return new CleanService(new IngestService(LayoutRegistry.builtIn()), StandardApplicantResolver.withAliases(aliases));
    }

    static CleanService.CleanRequest request(Path file, CountingUnit unit) {
        return new CleanService.CleanRequest(List.of(file), file.getParent(), unit, ExclusionRules.none(), false, null);
    }

    static CleanCache.Key key(Path file, Path aliases, CountingUnit unit, ExclusionRules rules) throws IOException {
        return CleanCache.key(List.of(file), List.of(), aliases, unit, rules, false, "test");
    }

    @Test
    void aStoredResultReadsBackEqual(@TempDir Path dir) throws IOException {
        // given
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache.Key key = key(input, null, null, ExclusionRules.none());

        // when
        cache.store(key, cleaned);
        CleanService.CleanResult back = cache.load(key).orElseThrow();

        // then: every record equal, field by field (records compare their components), and every count
        assertThat(cleaned.records()).hasSizeGreaterThan(100);
        assertThat(back.records()).isEqualTo(cleaned.records());
        assertThat(back.records().get(0).patent().extra()).isEqualTo(cleaned.records().get(0).patent().extra());
        assertThat(back.files()).isEqualTo(cleaned.files());
        assertThat(back.ingestRead()).isEqualTo(cleaned.ingestRead());
        assertThat(back.ingestRejects()).isEqualTo(cleaned.ingestRejects());
        assertThat(back.recordsIn()).isEqualTo(cleaned.recordsIn());
        assertThat(back.recordsOut()).isEqualTo(cleaned.recordsOut());
        assertThat(back.unit()).isEqualTo(cleaned.unit());
        assertThat(back.unitReason()).isEqualTo(cleaned.unitReason());
        assertThat(back.duplicatesMerged()).containsExactlyEntriesOf(cleaned.duplicatesMerged());
        assertThat(back.excluded()).isEqualTo(cleaned.excluded());
        assertThat(back.excludedByRule()).isEqualTo(cleaned.excludedByRule());
        assertThat(back.familiesFormed()).isEqualTo(cleaned.familiesFormed());
        assertThat(back.applicationsCollapsed()).isEqualTo(cleaned.applicationsCollapsed());
        assertThat(back.removed()).isEqualTo(cleaned.removed());
        assertThat(back.applicantSummary().asMap().get("clusters"))
                .isEqualTo(((Number) cleaned.applicantSummary().asMap().get("clusters")).intValue());
        // merged records keep their field sources in field order
        CleanRecord merged = cleaned.records().stream().filter(c -> !c.fieldSources().isEmpty()).findFirst().orElseThrow();
        CleanRecord mergedBack = back.records().get(cleaned.records().indexOf(merged));
        assertThat(List.copyOf(mergedBack.fieldSources().entrySet())).isEqualTo(List.copyOf(merged.fieldSources().entrySet()));
    }

    @Test
    void equalStringsReadBackAsOneInstance(@TempDir Path dir) throws IOException {
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache.Key key = key(input, null, null, ExclusionRules.none());
        cache.store(key, cleaned);
        List<CleanRecord> back = cache.load(key).orElseThrow().records();
        // the layout id of every record is one string instance, not one per record
        assertThat(back.stream().map(c -> System.identityHashCode(c.patent().provenance().layout())).distinct().count())
                .isEqualTo(1);
    }

    @Test
    void oneChangedInputByteGivesAnotherKey(@TempDir Path dir) throws IOException {
        // given: a copy of the input that differs in one byte, with the same size and time stamp
        Path copy = dir.resolve("lens.csv");
        Files.copy(input, copy);
        CleanCache.Key before = key(copy, null, null, ExclusionRules.none());
        changeOneByte(copy);

        // when
        CleanCache.Key after = key(copy, null, null, ExclusionRules.none());

        // then
        assertThat(Files.size(copy)).isEqualTo(Files.size(input));
        assertThat(after.hex()).isNotEqualTo(before.hex());
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        cache.store(before, cleaned);
        assertThat(cache.load(after)).isEmpty();
        assertThat(cache.load(before)).isPresent();
    }

    @Test
    void theKeyCoversAliasesUnitRulesMappingsAndInputNames(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("aliases.csv");
        Files.writeString(aliases, "variant,standard,group\nACME BATTERY CO,ACME,ACME GROUP\n");
        CleanCache.Key base = key(input, aliases, null, ExclusionRules.none());
        Files.writeString(aliases, "variant,standard,group\nACME BATTERY CO,ACME,ACME HOLDING\n");
        CleanCache.Key otherAlias = key(input, aliases, null, ExclusionRules.none());
        CleanCache.Key noAliases = key(input, null, null, ExclusionRules.none());
        CleanCache.Key unit = key(input, aliases, CountingUnit.APPLICATION, ExclusionRules.none());
        CleanCache.Key rules = key(input, aliases, null, new ExclusionRules(List.of("toy"), List.of(), List.of(), null, null,
                Set.of()));
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "layout: x\n");
        CleanCache.Key withMapping = CleanCache.key(List.of(input), List.of(mapping), aliases, null, ExclusionRules.none(),
                false, "test");
        Path renamed = dir.resolve("renamed.csv");
        Files.copy(input, renamed, StandardCopyOption.REPLACE_EXISTING);
        CleanCache.Key otherName = key(renamed, aliases, null, ExclusionRules.none());
        CleanCache.Key otherVersion = CleanCache.key(List.of(input), List.of(), aliases, null, ExclusionRules.none(), false,
                "test2");

        assertThat(List.of(base, otherAlias, noAliases, unit, rules, withMapping, otherName, otherVersion))
                .extracting(CleanCache.Key::hex).doesNotHaveDuplicates();
        // and the same inputs and options give the same key (the rules' patent types are a set: their order is fixed)
        ExclusionRules types = new ExclusionRules(List.of(), List.of(), List.of(), null, null,
                Set.of(dev.navi.model.PatentType.DESIGN, dev.navi.model.PatentType.UTILITY_MODEL));
        assertThat(CleanCache.describe(types)).endsWith("patentTypes=[DESIGN, UTILITY_MODEL]");
        assertThat(key(input, null, null, ExclusionRules.none()).hex()).isEqualTo(noAliases.hex());
    }

    /** Changes one byte of {@code file} ('battery' → 'Battery'), keeping its size and its time stamp. */
    static void changeOneByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("battery");
        assertThat(at).isPositive();
        bytes[at] = 'B';
        FileTime time = Files.getLastModifiedTime(file);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
    }

    static CleanCache.Plan plan(Path file) throws IOException {
        return CleanCache.plan(List.of(file), List.of(), null, null, ExclusionRules.none(), false, "test");
    }

    @Test
    void anEntryReadWhileHashingIsUsedOnlyWhenTheHashesAgree(@TempDir Path dir) throws IOException {
        // given: an entry stored with the run's quick description (sizes and times of the inputs)
        Path copy = dir.resolve("lens.csv");
        Files.copy(input, copy);
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache.Plan plan = plan(copy);
        cache.store(plan.key(), plan.quick(), cleaned);
        int[] hashed = {0};

        // when / then: same inputs: read, and the key was asked for (the hashes compared)
        assertThat(cache.load(plan, () -> {
            hashed[0]++;
            return plan.key();
        })).isPresent();
        assertThat(hashed[0]).isEqualTo(1);

        // one byte changed, size and time stamp kept: the quick description still matches, the hash does not
        changeOneByte(copy);
        CleanCache.Plan changed = plan(copy);
        assertThat(changed.quick()).isEqualTo(plan.quick());
        assertThat(cache.load(changed, changed::key)).isEmpty();
        assertThat(cache.folder()).isEmptyDirectory(); // the stale entry went
    }

    @Test
    void anEntryOfTouchedInputsIsFoundByItsKey(@TempDir Path dir) throws IOException {
        // given: an entry, then the input gets another time stamp (copied again, same bytes)
        Path copy = dir.resolve("lens.csv");
        Files.copy(input, copy);
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache.Plan plan = plan(copy);
        cache.store(plan.key(), plan.quick(), cleaned);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() - 86_400_000L));

        // when
        CleanCache.Plan touched = plan(copy);

        // then: another quick description, the same key: used
        assertThat(touched.quick()).isNotEqualTo(plan.quick());
        assertThat(touched.key().hex()).isEqualTo(plan.key().hex());
        assertThat(cache.load(touched, touched::key).orElseThrow().records()).isEqualTo(cleaned.records());
        // and a failing key (an input that cannot be read) means no result
        assertThat(cache.load(touched, () -> {
            throw new IOException("gone");
        })).isEmpty();
    }

    @Test
    void aCutShortOrDamagedEntryIsNeverUsedAndIsDeleted(@TempDir Path dir) throws IOException {
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache.Key key = key(input, null, null, ExclusionRules.none());
        cache.store(key, cleaned);
        Path entry = onlyEntry(cache);
        byte[] whole = Files.readAllBytes(entry);

        // cut short
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cache.load(key)).isEmpty();
        assertThat(entry).doesNotExist();

        // one flipped byte in the compressed body, near its end and at places all through it (a block's length, its
        // literals, a match offset, the frame's header: the decompressor's errors as well as the checksum's)
        byte[] damaged = whole.clone();
        damaged[damaged.length - 40] ^= 0x5A;
        Files.write(entry, damaged);
        assertThat(cache.load(key)).isEmpty();
        assertThat(entry).doesNotExist();
        for (int k = 1; k <= 24; k++) {
            int at = whole.length - 5 - (int) ((long) (whole.length - 400) * k / 25);
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x5A;
            Files.write(entry, flipped);
            assertThat(cache.load(key)).as("byte %d of %d flipped", at, whole.length).isEmpty();
            assertThat(entry).doesNotExist();
        }

        // intact again: used
        Files.write(entry, whole);
        assertThat(cache.load(key)).isPresent();
    }

    @Test
    void storingReplacesTheProjectsOlderEntryStatusAndClear(@TempDir Path dir) throws IOException {
        CleanCache cache = CleanCache.forProject(dir.resolve("navi.yaml"));
        CleanCache other = CleanCache.forProject(dir.resolve("other.yaml"));
        CleanCache.Key a = key(input, null, null, ExclusionRules.none());
        CleanCache.Key b = key(input, null, CountingUnit.PUBLICATION, ExclusionRules.none());
        other.store(a, cleaned);
        cache.store(a, cleaned);
        cache.store(b, cleaned);

        List<CleanCache.Entry> status = cache.status(b);
        assertThat(status).hasSize(1);
        assertThat(status.get(0).current()).isTrue();
        assertThat(status.get(0).records()).isEqualTo(cleaned.recordsOut());
        assertThat(status.get(0).recordsIn()).isEqualTo(cleaned.recordsIn());
        assertThat(status.get(0).parts()).contains("unit publication");
        assertThat(cache.status(a).get(0).current()).isFalse();
        assertThat(cache.load(a)).isEmpty();

        assertThat(cache.clear()).isEqualTo(1);
        assertThat(cache.status(b)).isEmpty();
        // another project's entry in the same folder stays
        assertThat(other.load(a)).isPresent();
    }

    @Test
    void aResultWithAnUnreadableFileIsNotCacheable() throws IOException {
        Path missing = shared.resolve("missing.csv");
        CleanService.CleanResult partial = service(null).run(new CleanService.CleanRequest(List.of(input, missing),
                shared, null, ExclusionRules.none(), true, null));
        assertThat(CleanCache.cacheable(partial)).isFalse();
        assertThat(CleanCache.cacheable(cleaned)).isTrue();
    }

    private static Path onlyEntry(CleanCache cache) throws IOException {
        try (var s = Files.list(cache.folder())) {
            List<Path> all = s.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
