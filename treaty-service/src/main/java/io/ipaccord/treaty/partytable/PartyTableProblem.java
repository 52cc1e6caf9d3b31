package io.ipaccord.treaty.partytable;

import java.util.Objects;

/**
 * One thing wrong with a contracting-parties table: its physical CSV line (1 = the header), the column (one of
 * {@link PartyTableColumns#ALL}) and why. The syntactic checks of {@link PartyTable} and the importer's semantic
 * checks (unknown party, instrument before the treaty's adoption) both report with it.
 */
public record PartyTableProblem(int line, String column, String reason) {

    public PartyTableProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + ", " + column + ": " + reason;
    }
}
