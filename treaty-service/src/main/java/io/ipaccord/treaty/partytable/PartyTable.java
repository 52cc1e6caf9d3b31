package io.ipaccord.treaty.partytable;

import static io.ipaccord.treaty.partytable.PartyTableColumns.ALL;
import static io.ipaccord.treaty.partytable.PartyTableColumns.DENUNCIATION_DATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.ENTRY_INTO_FORCE_DATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.INSTRUMENT_DATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.INSTRUMENT_TYPE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.ISO2;
import static io.ipaccord.treaty.partytable.PartyTableColumns.KIND_ORGANISATION;
import static io.ipaccord.treaty.partytable.PartyTableColumns.KIND_STATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.NOTES;
import static io.ipaccord.treaty.partytable.PartyTableColumns.PARTY_KIND;
import static io.ipaccord.treaty.partytable.PartyTableColumns.PARTY_NAME;
import static io.ipaccord.treaty.partytable.PartyTableColumns.SIGNATURE_DATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.SOURCE_URL;
import static io.ipaccord.treaty.partytable.PartyTableColumns.TERMINATION_DATE;
import static io.ipaccord.treaty.partytable.PartyTableColumns.TREATY_CODE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.platform.seed.CsvTable;

/**
 * Reads a contracting-parties table (the format of {@code seed/parties/}, columns {@link PartyTableColumns#ALL}) and
 * checks what is certainly wrong in the file itself: the header, the treaty code, dates, instrument types, party
 * kinds and codes, a party listed twice, dates without the instrument they belong to. Every problem of the file is
 * reported at once ({@link PartyTableException}), by physical line (1 = the header) and column. What needs the
 * service's records (is the party known, does the instrument predate the treaty's adoption) is the importer's to check.
 *
 * <p>Deliberately not refused, because the depositary's own tables have them: a signature later than the instrument
 * (Spain signed a later Act of the Madrid Agreement in 1981, its ratification is of 1892), an entry into force before
 * the instrument (retroactive successions), a row with neither signature nor instrument (Lisbon Union members through
 * the Geneva Act only).
 */
public final class PartyTable {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

    /** The {@code instrument_type} values of the format, as {@link InstrumentType#parse} reads them. */
    public static final Set<InstrumentType> INSTRUMENT_TYPES = Set.copyOf(EnumSet.of(InstrumentType.RATIFICATION,
            InstrumentType.ACCESSION, InstrumentType.ACCEPTANCE, InstrumentType.APPROVAL, InstrumentType.SUCCESSION,
            InstrumentType.CONTINUED_APPLICATION, InstrumentType.UNKNOWN));

    private PartyTable() {
    }

    /**
     * The rows of {@code csvText}, a table of {@code expectedTreatyCode}.
     *
     * @throws PartyTableException with every problem found, when there is any
     */
    public static List<PartyRow> parse(String expectedTreatyCode, String csvText) {
        List<PartyTableProblem> problems = new ArrayList<>();
        List<CsvTable.Record> records;
        try {
            records = CsvTable.numberedRecords(csvText == null ? "" : stripBom(csvText));
        } catch (IllegalArgumentException e) {
            int lines = csvText == null ? 1 : (int) csvText.lines().count();
            throw new PartyTableException(List.of(new PartyTableProblem(Math.max(1, lines), NOTES,
                    "the file ends inside a quoted field")));
        }
        if (records.isEmpty()) {
            throw new PartyTableException(List.of(new PartyTableProblem(1, TREATY_CODE, "empty file: no header")));
        }
        checkHeader(records.get(0), problems);
        if (!problems.isEmpty()) {
            throw new PartyTableException(problems);
        }
        List<PartyRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Record record : records.subList(1, records.size())) {
            PartyRow row = row(expectedTreatyCode, record, problems);
            if (row == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(row.partyKey(), row.line());
            if (first != null) {
                problems.add(new PartyTableProblem(row.line(), row.organisation() ? PARTY_NAME : ISO2,
                        "party " + (row.organisation() ? row.partyName() : row.iso2()) + " already listed on line " + first));
                continue;
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw new PartyTableException(problems, rows);
        }
        return List.copyOf(rows);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkHeader(CsvTable.Record header, List<PartyTableProblem> problems) {
        List<String> found = header.fields().stream().map(String::trim).toList();
        if (found.equals(ALL)) {
            return;
        }
        for (int c = 0; c < ALL.size(); c++) {
            String expected = ALL.get(c);
            if (c >= found.size()) {
                problems.add(new PartyTableProblem(1, expected, "column " + (c + 1) + " '" + expected + "' is missing"));
            } else if (!found.get(c).equals(expected)) {
                problems.add(new PartyTableProblem(1, expected, "column " + (c + 1) + " must be '" + expected
                        + "', found '" + found.get(c) + "'"));
            }
        }
        if (found.size() > ALL.size()) {
            problems.add(new PartyTableProblem(1, ALL.get(ALL.size() - 1), "unexpected columns after '"
                    + ALL.get(ALL.size() - 1) + "': " + String.join(",", found.subList(ALL.size(), found.size()))));
        }
    }

    private static PartyRow row(String expectedTreatyCode, CsvTable.Record record, List<PartyTableProblem> problems) {
        int line = record.line();
        List<String> fields = record.fields();
        if (fields.size() != ALL.size()) {
            String column = fields.size() < ALL.size() ? ALL.get(fields.size()) : ALL.get(ALL.size() - 1);
            problems.add(new PartyTableProblem(line, column, "the row has " + fields.size() + " fields, the header "
                    + ALL.size()));
            return null;
        }
        Map<String, String> f = new HashMap<>();
        for (int c = 0; c < ALL.size(); c++) {
            String v = fields.get(c).trim();
            f.put(ALL.get(c), v.isEmpty() ? null : v);
        }
        int before = problems.size();
        Problems p = new Problems(line, problems);

        String treaty = f.get(TREATY_CODE);
        if (treaty == null) {
            p.add(TREATY_CODE, "required");
        } else if (!treaty.equals(expectedTreatyCode)) {
            p.add(TREATY_CODE, "the table is of " + expectedTreatyCode + ", the row names " + treaty);
        }

        String name = f.get(PARTY_NAME);
        String iso2 = f.get(ISO2);
        String kind = f.get(PARTY_KIND);
        boolean organisation = false;
        if (KIND_STATE.equals(kind)) {
            if (iso2 == null) {
                p.add(ISO2, "required for a state");
            } else if (!STATE_CODE.matcher(iso2).matches()) {
                p.add(ISO2, "'" + iso2 + "' is not a two-letter ISO 3166-1 alpha-2 code");
            }
        } else if (KIND_ORGANISATION.equals(kind)) {
            organisation = true;
            if (iso2 != null) {
                p.add(ISO2, "must be empty for an organisation (party_kind igo), found '" + iso2 + "'");
            }
            if (name == null) {
                p.add(PARTY_NAME, "required for an organisation (it is how the organisation is identified)");
            }
        } else {
            p.add(PARTY_KIND, kind == null ? "required: state or igo" : "'" + kind + "' is not state or igo");
        }

        LocalDate signature = date(f, SIGNATURE_DATE, p);
        LocalDate instrumentDate = date(f, INSTRUMENT_DATE, p);
        LocalDate entryIntoForce = date(f, ENTRY_INTO_FORCE_DATE, p);
        LocalDate denunciation = date(f, DENUNCIATION_DATE, p);
        LocalDate termination = date(f, TERMINATION_DATE, p);

        InstrumentType type = null;
        String typeText = f.get(INSTRUMENT_TYPE);
        if (typeText != null) {
            type = instrumentType(typeText);
            if (type == null) {
                p.add(INSTRUMENT_TYPE, "'" + typeText + "' is not one of " + typeNames());
            }
        }
        if (typeText == null && f.get(INSTRUMENT_DATE) != null) {
            p.add(INSTRUMENT_TYPE, "required with an instrument_date");
        }
        if (type != null && type != InstrumentType.UNKNOWN && f.get(INSTRUMENT_DATE) == null) {
            p.add(INSTRUMENT_DATE, "required with instrument_type " + typeText);
        }
        if (type == InstrumentType.UNKNOWN && f.get(INSTRUMENT_DATE) != null) {
            p.add(INSTRUMENT_DATE, "must be empty with instrument_type unknown (the instrument is not on record)");
        }
        if (typeText == null && f.get(ENTRY_INTO_FORCE_DATE) != null) {
            p.add(ENTRY_INTO_FORCE_DATE, "an entry into force needs an instrument (instrument_type, unknown if not recorded)");
        }
        if (f.get(DENUNCIATION_DATE) != null && typeText == null) {
            p.add(DENUNCIATION_DATE, "a denunciation needs the instrument it denounces");
        }
        if (denunciation != null && instrumentDate != null && denunciation.isBefore(instrumentDate)) {
            p.add(DENUNCIATION_DATE, "denunciation " + denunciation + " before the instrument of " + instrumentDate);
        }
        if (f.get(TERMINATION_DATE) != null && f.get(DENUNCIATION_DATE) == null) {
            p.add(TERMINATION_DATE, "a termination needs a denunciation_date");
        }
        if (termination != null && denunciation != null && termination.isBefore(denunciation)) {
            p.add(TERMINATION_DATE, "termination " + termination + " before the denunciation of " + denunciation);
        }
        if (problems.size() > before) {
            return null;
        }
        return new PartyRow(line, treaty, name, iso2, organisation, signature, type, instrumentDate, entryIntoForce,
                denunciation, termination, f.get(NOTES), f.get(SOURCE_URL));
    }

    /** The type a table's {@code instrument_type} names, {@code null} if the format has no such value. */
    public static InstrumentType instrumentType(String text) {
        try {
            InstrumentType t = InstrumentType.parse(text);
            return INSTRUMENT_TYPES.contains(t) && text.trim().equals(text.trim().toLowerCase(Locale.ROOT)) ? t : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The format's spelling of a type ({@code continued_application}). */
    public static String typeName(InstrumentType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static String typeNames() {
        return INSTRUMENT_TYPES.stream().sorted().map(PartyTable::typeName).collect(Collectors.joining(", "));
    }

    private static LocalDate date(Map<String, String> f, String column, Problems p) {
        String text = f.get(column);
        if (text == null) {
            return null;
        }
        if (!ISO_DATE.matcher(text).matches()) {
            p.add(column, "'" + text + "' is not a date yyyy-mm-dd");
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            p.add(column, "'" + text + "' is not a real date");
            return null;
        }
    }

    private record Problems(int line, List<PartyTableProblem> list) {
        void add(String column, String reason) {
            list.add(new PartyTableProblem(line, column, reason));
        }
    }
}
