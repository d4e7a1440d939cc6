/**
 * Export layouts: one class per vendor layout (Google Patents, Lens.org, Patsnap, incoPat, Derwent Innovation,
 * Espacenet, Patentscope, PatentsView, navi's own canonical dataset) plus the generic layout a user mapping
 * file defines. Each layout recognises its header by signature (never by file name) and maps a row to the
 * canonical {@link dev.navi.model.Patent}. {@link dev.navi.ingest.layout.LayoutRegistry} lists them explicitly.
 */
package dev.navi.ingest.layout;
