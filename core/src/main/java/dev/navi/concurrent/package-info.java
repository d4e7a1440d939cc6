/**
 * The threads navi starts beside the caller's: {@link dev.navi.concurrent.Daemons} names them (so a profile or a thread
 * dump says which stage a thread belongs to) and makes them daemons (so a run that fails never waits for a helper).
 */
package dev.navi.concurrent;
