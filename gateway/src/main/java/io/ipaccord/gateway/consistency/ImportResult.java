package io.ipaccord.gateway.consistency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportResult")
@Description("What importing a contracting-parties table did. Importing the same table twice adds and changes nothing"
        + " the second time.")
public record ImportResult(
        @Id @NonNull String treatyCode,
        @Description("Data rows read.") int rows,
        @Description("Instruments added (a signature and an instrument on one row are two).") int added,
        @Description("Instruments whose facts differed and were corrected.") int changed,
        @Description("Instruments already as the table has them.") int unchanged,
        @Description("The treaty's consistency summary after the import, as of today.") ConsistencySummary consistency) {

    public static ImportResult from(io.ipaccord.contracts.treaty.api.ImportResult data) {
        return new ImportResult(data.treaty(), data.rows(), data.added(), data.changed(), data.unchanged(),
                ConsistencySummary.from(data.consistency()));
    }
}
