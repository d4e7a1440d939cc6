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
        all.add(new PatenticsLayout());
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
        return explain(header).map(Detection::layout);
    }

    /**
     * The best-matching layout with why: its score, the columns that decided it and the runner-up (the layout
     * with the next-highest score, {@code null} when no other matched), so two vendors with overlapping columns
     * are told apart visibly.
     */
    public Optional<Detection> explain(Header header) {
        ExportLayout best = null;
        int bestScore = 0;
        ExportLayout second = null;
        int secondScore = 0;
        for (ExportLayout l : layouts) {
            int s = l.match(header);
            if (s > bestScore) {
                second = best;
                secondScore = bestScore;
                best = l;
                bestScore = s;
            } else if (s > secondScore) {
                second = l;
                secondScore = s;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Detection(best, bestScore, best.decidingColumns(header), second, secondScore));
    }

    /**
     * Why a header was taken for a layout.
     *
     * @param layout         the layout with the highest score
     * @param score          its score (see {@link ColumnLayout})
     * @param columns        the header's columns that decided it, as the file names them
     * @param runnerUp       the layout with the next-highest non-zero score, or {@code null}
     * @param runnerUpScore  its score, 0 when there is none
     */
    public record Detection(ExportLayout layout, int score, List<String> columns, ExportLayout runnerUp, int runnerUpScore) {
        public Detection {
            columns = List.copyOf(columns);
        }

        /** One line for reports: {@code by 公开号, 国际分类, ... (score 262; next: incopat 211)}. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            b.append(columns.isEmpty() ? "by its header" : "by " + String.join(", ", columns));
            b.append(" (score ").append(score);
            if (runnerUp != null) {
                b.append("; next: ").append(runnerUp.id()).append(' ').append(runnerUpScore);
            }
            return b.append(')').toString();
        }
    }

    /** A layout by id. */
    public Optional<ExportLayout> byId(String id) {
        return layouts.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
