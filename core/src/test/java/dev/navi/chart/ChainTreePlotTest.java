package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainTreePlotTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** 3 segments × 4 branches × 4 leaves = 3 + 12 + 48 = 63 nodes below the root, some names long. */
    static Charts.TreeNode bigTree() {
        List<Charts.TreeNode> segments = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<Charts.TreeNode> branches = new ArrayList<>();
            for (int b = 0; b < 4; b++) {
                List<Charts.TreeNode> leaves = new ArrayList<>();
                for (int l = 0; l < 4; l++) {
                    String name = l == 3 ? "高镍三元正极材料前驱体共沉淀合成与烧结工艺及其连续化生产装备与在线检测系统" + s + b : "叶节点" + s + b + l;
                    leaves.add(new Charts.TreeNode(name, 10L * l, l == 0, List.of()));
                }
                branches.add(new Charts.TreeNode("分支" + s + b, 100, b == 1, leaves));
            }
            segments.add(new Charts.TreeNode(List.of("上游", "中游", "下游").get(s), 1000, false, branches));
        }
        return new Charts.TreeNode("新能源汽车动力电池", 5000, false, segments);
    }

    @Test
    void a_sixty_node_map_fits_without_overlap_at_a_smaller_font() {
        // given
        Rectangle2D area = new Rectangle2D.Double(10, 40, 780, 1000);

        // when
        ChainTreePlot.Layout layout = ChainTreePlot.layout(bigTree(), area, FRC, "关键产品");

        // then
        assertThat(layout.boxes()).hasSize(1 + 3 + 12 + 48);
        assertThat(layout.fontSize()).isLessThan(ChainTreePlot.MAX_FONT).isGreaterThanOrEqualTo(ChainTreePlot.MIN_FONT);
        assertThat(layout.compact()).isFalse();
        List<ChainTreePlot.Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = boxes.get(i).rect();
            assertThat(area.contains(a)).as(boxes.get(i).node().name() + " inside").isTrue();
            assertThat(a.intersects(layout.keyLegend())).isFalse();
            for (int j = 0; j < i; j++) {
                assertThat(a.intersects(boxes.get(j).rect()))
                        .as(boxes.get(i).node().name() + " / " + boxes.get(j).node().name()).isFalse();
            }
        }
    }

    @Test
    void a_map_too_big_for_its_area_falls_back_to_one_line_boxes_that_still_do_not_overlap() {
        // given: 48 leaves in 420 pt, under 9 pt a row
        Rectangle2D area = new Rectangle2D.Double(0, 0, 800, 420);

        // when
        ChainTreePlot.Layout layout = ChainTreePlot.layout(bigTree(), area, FRC, null);

        // then
        assertThat(layout.compact()).isTrue();
        assertThat(layout.fontSize()).isEqualTo(ChainTreePlot.MIN_FONT);
        assertThat(layout.boxes()).allSatisfy(b -> {
            assertThat(b.lines()).hasSize(1);
            assertThat(b.countOwnLine()).isFalse();
        });
        List<ChainTreePlot.Box> leaves = layout.boxes().stream().filter(b -> b.depth() == 3).toList();
        for (int i = 1; i < leaves.size(); i++) {
            assertThat(leaves.get(i).rect().intersects(leaves.get(i - 1).rect())).isFalse();
        }
    }

    @Test
    void boxes_go_left_to_right_by_depth_and_a_parent_sits_between_its_children() {
        // when
        ChainTreePlot.Layout layout = ChainTreePlot.layout(bigTree(), new Rectangle2D.Double(0, 0, 800, 1000), FRC,
                null);

        // then: depth-first order, root first
        ChainTreePlot.Box root = layout.boxes().get(0);
        ChainTreePlot.Box upstream = layout.boxes().get(1);
        ChainTreePlot.Box firstBranch = layout.boxes().get(2);
        assertThat(root.depth()).isZero();
        assertThat(upstream.node().name()).isEqualTo("上游");
        assertThat(upstream.rect().getX()).isGreaterThan(root.rect().getMaxX());
        assertThat(firstBranch.rect().getX()).isGreaterThan(upstream.rect().getMaxX());
        List<ChainTreePlot.Box> leaves = layout.boxes().stream().filter(b -> b.depth() == 3).toList();
        assertThat(leaves).hasSize(48);
        double mid = (leaves.get(0).rect().getCenterY() + leaves.get(3).rect().getCenterY()) / 2;
        assertThat(firstBranch.rect().getCenterY()).isCloseTo(mid, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(layout.keyLegend()).isNull();
    }

    @Test
    void long_names_wrap_and_the_count_keeps_its_place() {
        // when: rows tall enough for two lines at the largest font
        ChainTreePlot.Layout layout = ChainTreePlot.layout(bigTree(), new Rectangle2D.Double(0, 0, 800, 2000), FRC,
                null);

        // then
        ChainTreePlot.Box longOne = layout.boxes().stream()
                .filter(b -> b.node().name().startsWith("高镍")).findFirst().orElseThrow();
        assertThat(layout.fontSize()).isEqualTo(ChainTreePlot.MAX_FONT);
        assertThat(longOne.lines().size()).isBetween(2, ChainTreePlot.MAX_LINES);
        assertThat(String.join("", longOne.lines()).replace("…", "")).isSubstringOf(longOne.node().name());
    }

    @Test
    void wrap_breaks_latin_text_at_spaces_and_cjk_text_anywhere_with_an_ellipsis_past_the_line_limit() {
        var font = ChartFonts.plain(10);
        double width = font.getStringBounds("Communication and", FRC).getWidth() + 1;
        assertThat(ChainTreePlot.wrap("Communication and data links", font, width, 3, FRC))
                .containsExactly("Communication and", "data links");
        double cjk = font.getStringBounds("一二三四五", FRC).getWidth() + 0.5;
        assertThat(ChainTreePlot.wrap("一二三四五六七八九十一二三四五六七八", font, cjk, 3, FRC))
                .containsExactly("一二三四五", "六七八九十", "一二三四…");
        assertThat(ChainTreePlot.wrap("", font, 50, 2, FRC)).containsExactly("");
    }

    @Test
    void a_small_map_keeps_the_largest_font_and_narrow_columns() {
        Charts.TreeNode root = new Charts.TreeNode("电池", 12, false, List.of(
                new Charts.TreeNode("固态电池", 8, true, List.of()), new Charts.TreeNode("液态电池", 4, false, List.of())));
        ChainTreePlot.Layout layout = ChainTreePlot.layout(root, new Rectangle2D.Double(0, 0, 800, 500), FRC, "关键产品");
        assertThat(layout.fontSize()).isEqualTo(ChainTreePlot.MAX_FONT);
        assertThat(layout.boxes().get(0).rect().getWidth()).isLessThan(ChainTreePlot.MAX_COLUMN);
        assertThat(layout.boxes()).allSatisfy(b -> assertThat(b.lines()).hasSize(1));
        assertThat(layout.keyLegend()).isNotNull();
    }
}
