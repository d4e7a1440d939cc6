/**
 * Applicant-name building blocks for the clean stage: normalising names ({@link dev.navi.clean.names.NameNormaliser}),
 * classifying applicant type ({@link dev.navi.clean.names.ApplicantTypeClassifier}), the analyst-editable alias
 * table that maps variants to standard names and groups ({@link dev.navi.clean.names.AliasTable}), clustering the
 * variants that survive normalisation ({@link dev.navi.clean.names.NameClusterer}) and the review round trip
 * ({@link dev.navi.clean.names.ClusterTableWriter}, {@link dev.navi.clean.names.ClusterTableReader}).
 *
 * <p>Everything here is deterministic: the same names, counts and tables give byte-identical output, every list
 * is sorted, and no hash-map iteration order reaches a result. Every decision carries the name of the rule that
 * made it (a classification rule, a merge rule), so an analyst can see why and correct it through the alias
 * table rather than through code.
 *
 * <p>Public types use JDK types only; commons-csv and POI are used inside the table readers and writers.
 * Null rules: methods taking a name accept {@code null} and treat it as empty; records reject {@code null}
 * components except where their Javadoc says otherwise.
 */
package dev.navi.clean.names;
