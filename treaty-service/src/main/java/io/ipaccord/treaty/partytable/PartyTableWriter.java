package io.ipaccord.treaty.partytable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.PartyTableEntry;
import io.ipaccord.platform.seed.CsvTable;

/**
 * Writes a contracting-parties table in the depositary's format (the columns of {@link PartyTableColumns#ALL}, the
 * header first, RFC 4180 quoting, CRLF line ends), so that the import reads back exactly what the export wrote:
 * {@code iso2} is the party code of a state and empty for an organisation, {@code entry_into_force_date} the
 * recorded date only (never the computed one), {@code source_url} the first source.
 */
public final class PartyTableWriter {

    /** The media type of a party table. */
    public static final String MEDIA_TYPE = "text/csv";

    private PartyTableWriter() {
    }

    /** The table, rows in the order given. */
    public static String write(List<PartyTableEntry> entries) {
        return CsvTable.format(PartyTableColumns.ALL, entries.stream().map(PartyTableWriter::record).toList());
    }

    /** One row's fields, in the order of {@link PartyTableColumns#ALL}. */
    static List<String> record(PartyTableEntry entry) {
        boolean organisation = PartyTableColumns.KIND_ORGANISATION.equals(entry.kind());
        return List.of(
                entry.treaty(),
                entry.name(),
                organisation ? "" : entry.party(),
                entry.kind(),
                date(entry.signed()),
                type(entry.instrumentType()),
                date(entry.instrumentDate()),
                date(entry.recordedEntryIntoForce()),
                date(entry.denunciationDate()),
                date(entry.terminationDate()),
                entry.notes() == null ? "" : entry.notes(),
                entry.sources() == null || entry.sources().isEmpty() ? "" : entry.sources().get(0));
    }

    /** The table's word for a type: {@code ratification}, {@code continued_application}, {@code unknown}. */
    public static String type(InstrumentType type) {
        return type == null ? "" : type.name().toLowerCase(Locale.ROOT);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
