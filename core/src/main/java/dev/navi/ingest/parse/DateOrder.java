package dev.navi.ingest.parse;

/** Order of day, month and year in dates written with separators and a two-digit or ambiguous layout. */
public enum DateOrder {
    /** 2019-03-05, 2019.03.05, 2019/3/5 (also what 8-digit 20190305 always means). */
    YMD,
    /** 05.03.2019, 05/03/19 (Lens, Patentscope, most of Europe). */
    DMY,
    /** 03/05/2019 (US spreadsheets). */
    MDY
}
