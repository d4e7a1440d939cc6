package dev.navi.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layouts navi knows, listed explicitly (no self-registration), plus any user mappings. Detection picks the
 * layout whose signature matches the header best; ties go to the earlier layout in the list.
 */
public final class LayoutRegistry {
    private final List<ExportLayout> layouts;

    private LayoutRegistry(List<ExportLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    /** The built-in layouts. */
    public static LayoutRegistry builtIn() {
        return withMappings(List.of());
    }

    /** User mappings first, then the built-in layouts. */
    public static LayoutRegistry withMappings(List<MappedLayout> mappings) {
        List<ExportLayout> all = new ArrayList<>(mappings);
        all.add(new CanonicalLayout());
        all.add(new LensLayout());
        all.add(new GooglePatentsLayout());
        all.add(new PatsnapLayout());
        all.add(new IncopatLayout());
        all.add(new DerwentLayout());
        all.add(new DiiLayout());
        all.add(new OrbitLayout());
        all.add(new EspacenetLayout());
        all.add(new PatentscopeLayout());
        all.add(new PatentsViewPatentLayout());
        all.add(new PatentsViewAssigneeLayout());
        return new LayoutRegistry(all);
    }

    public List<ExportLayout> layouts() {
        return layouts;
    }

    /** The best-matching layout for a header row, if any. */
    public Optional<ExportLayout> detect(Header header) {
        ExportLayout best = null;
        int bestScore = 0;
        for (ExportLayout l : layouts) {
            int s = l.match(header);
            if (s > bestScore) {
                best = l;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A layout by id. */
    public Optional<ExportLayout> byId(String id) {
        return layouts.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
