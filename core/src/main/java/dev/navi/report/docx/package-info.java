/**
 * The navigation atlas's Word report: {@link dev.navi.report.docx.AtlasReport} writes a ready
 * {@link dev.navi.report.docx.ReportModel} (what the report says: project facts, accounting, chain map, module
 * results and figures) to an {@link java.io.OutputStream} as {@code atlas.docx}. Package-private helpers keep the
 * concerns apart: {@code Narrative} (the generated text), {@code Views} (which rows and columns of each metric table
 * are printed), {@code Cells} (headers and cell formats), {@code TableWriter} (table layout), {@code Captions}
 * (figure and table numbers), {@code Docx} (styles, fields, pictures, the table of contents) and {@code Words}
 * (language and number formats). POI types stay inside this package.
 */
package dev.navi.report.docx;
