/** Output plumbing shared by every stage: atomic output folders. JDK types only. */
package dev.navi.io;
