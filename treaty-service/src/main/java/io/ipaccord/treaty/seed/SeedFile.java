package io.ipaccord.treaty.seed;

import java.util.List;
import java.util.Locale;

import io.ipaccord.platform.seed.CsvTable;

/** The seed's CSV files, on the class path under {@code seed/}, each named after its constant ({@code treaty_actions.csv}). */
enum SeedFile {
    TREATIES,
    ENTRY_INTO_FORCE_RULES,
    TREATY_ACTIONS,
    MEMBER_STATES,
    NOTIFICATION_DATES,
    DEPOSITARIES;

    /** The file's name, which its errors give. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }

    String resource() {
        return "seed/" + fileName();
    }

    /** Its records, numbered from 1 after the header. */
    List<SeedRow> rows() {
        return SeedRow.read(CsvTable.requiredText(resource()), fileName());
    }
}
