/**
 * Output plumbing shared by every stage: atomic output sets with a manifest ({@link dev.navi.io.OutputSet},
 * {@link dev.navi.io.Manifest}), the older single-folder writer ({@link dev.navi.io.OutputFolder}), and file names and
 * I/O failures as messages print them ({@link dev.navi.io.Names}). JDK types in the API; Jackson inside for the manifest.
 */
package dev.navi.io;
