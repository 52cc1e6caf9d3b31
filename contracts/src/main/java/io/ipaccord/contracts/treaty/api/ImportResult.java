package io.ipaccord.contracts.treaty.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code PUT /treaties/{code}/party-table} (text/csv): what bringing the treaty in line with a
 * contracting-parties table did. Importing the same table twice adds and changes nothing the second time.
 *
 * @param treaty      the treaty
 * @param rows        data rows read
 * @param added       instruments added (a signature and an instrument on one row are two)
 * @param changed     instruments whose facts differed and were corrected
 * @param unchanged   instruments already as the table has them
 * @param consistency the treaty's consistency summary after the import, as of today
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportResult(String treaty, int rows, int added, int changed, int unchanged,
                           ConsistencySummary consistency) {
}
