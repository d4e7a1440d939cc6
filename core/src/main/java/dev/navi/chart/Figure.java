package dev.navi.chart;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One atlas figure as written to {@code charts/}: the report and the workbook place and caption it from here.
 *
 * @param id      stable id, also the file name without extension ({@code trend}, {@code quadrant} ...)
 * @param png     the PNG file (print resolution)
 * @param svg     the SVG file, or null when SVG was not asked for
 * @param titleZh Chinese caption text (without the figure number)
 * @param titleEn English caption text (without the figure number)
 * @param section the report chapter it belongs to: {@code overview}, {@code direction}, {@code positioning} or
 *                {@code path}
 * @param table   id of the metric table it draws (its data), or null when drawn from the chain map itself
 */
public record Figure(String id, Path png, Path svg, String titleZh, String titleEn, String section, String table) {
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(section, "section");
    }

    /** The caption text in the report's language. */
    public String title(boolean english) {
        return english ? titleEn : titleZh;
    }
}
