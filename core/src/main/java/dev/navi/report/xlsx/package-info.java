/**
 * The navigation atlas's Excel workbook: {@link dev.navi.report.xlsx.AtlasWorkbook} writes a ready
 * {@link dev.navi.report.xlsx.AtlasWorkbookModel} (README sheet, data sheet(s), one sheet per metric table) to an
 * {@link java.io.OutputStream}. POI types stay inside this package.
 */
package dev.navi.report.xlsx;
