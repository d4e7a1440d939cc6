package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Rectangle2D BOUNDS = new Rectangle2D.Double(0, 0, 400, 300);

    @Test
    void a_lone_bubble_keeps_its_label_centred_on_it() {
        // given
        LabelPlacer.Item it = new LabelPlacer.Item(200, 150, 20, 60, 14, true, false);

        // when
        List<LabelPlacer.Placement> p = LabelPlacer.place(List.of(it), BOUNDS, List.of(), List.of());

        // then
        assertThat(p.get(0).box()).isEqualTo(new Rectangle2D.Double(170, 143, 60, 14));
        assertThat(p.get(0).leader()).isFalse();
    }

    @Test
    void a_lone_point_label_goes_to_the_right_of_its_marker() {
        LabelPlacer.Item it = new LabelPlacer.Item(100, 100, 4, 30, 12, false, false);
        Rectangle2D box = LabelPlacer.place(List.of(it), BOUNDS, List.of(), List.of()).get(0).box();
        assertThat(box.getX()).isEqualTo(106); // radius 4 + 2
        assertThat(box.getCenterY()).isEqualTo(100);
    }

    @Test
    void close_points_get_non_overlapping_labels_inside_the_bounds() {
        // given: ten points within a few pixels of each other, each label 50 × 12
        List<LabelPlacer.Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new LabelPlacer.Item(200 + (i % 3) * 3, 150 + i * 2, 4, 50, 12, false, false));
        }

        // when
        List<LabelPlacer.Placement> placed = LabelPlacer.place(items, BOUNDS, List.of(), List.of());

        // then
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D a = placed.get(i).box();
            assertThat(BOUNDS.contains(a)).isTrue();
            for (int j = 0; j < i; j++) {
                assertThat(a.intersects(placed.get(j).box())).as("label " + i + " overlaps label " + j).isFalse();
            }
        }
        assertThat(placed).anyMatch(LabelPlacer.Placement::leader);
    }

    @Test
    void a_label_at_the_edge_is_moved_inside_and_a_reserved_box_is_avoided() {
        // given: a point in the top right corner, where a corner caption sits
        Rectangle2D corner = new Rectangle2D.Double(330, 0, 70, 20);
        LabelPlacer.Item it = new LabelPlacer.Item(395, 5, 4, 60, 12, false, false);

        // when
        Rectangle2D box = LabelPlacer.place(List.of(it), BOUNDS, List.of(corner), List.of()).get(0).box();

        // then
        assertThat(BOUNDS.contains(box)).isTrue();
        assertThat(box.intersects(corner)).isFalse();
    }

    @Test
    void a_droppable_label_without_a_free_place_nearby_is_left_out_and_others_are_not() {
        // given: the first label takes the whole row around the point, the droppable second one has nowhere to go
        Rectangle2D wall = new Rectangle2D.Double(0, 0, 400, 300);
        LabelPlacer.Item keep = new LabelPlacer.Item(200, 150, 4, 30, 12, false, false);
        LabelPlacer.Item drop = new LabelPlacer.Item(200, 150, 4, 30, 12, false, true);

        // when
        List<LabelPlacer.Placement> p = LabelPlacer.place(List.of(keep, drop), BOUNDS, List.of(wall), List.of());

        // then: the non-droppable label is still placed (least bad), the droppable one is not
        assertThat(p.get(0).box()).isNotNull();
        assertThat(p.get(1).box()).isNull();
    }

    @Test
    void labels_avoid_crossing_the_line_through_their_point() {
        // given: a horizontal line through the point; right and left would cross it, above does not
        Line2D line = new Line2D.Double(0, 100, 400, 100);
        LabelPlacer.Item it = new LabelPlacer.Item(200, 100, 3, 30, 12, false, false);

        // when
        Rectangle2D box = LabelPlacer.place(List.of(it), BOUNDS, List.of(), List.of(line)).get(0).box();

        // then
        assertThat(box.getMaxY()).isLessThanOrEqualTo(100);
        assertThat(line.intersects(box)).isFalse();
    }
}
