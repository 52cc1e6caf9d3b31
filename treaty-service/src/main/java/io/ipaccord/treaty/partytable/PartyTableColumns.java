package io.ipaccord.treaty.partytable;

import java.util.List;

/**
 * The columns of a contracting-parties table, in order: the format of the depositary's tables in
 * {@code seed/parties/} (see its README), which the import reads and the export writes, so that exporting a table
 * and importing it again changes nothing.
 */
public final class PartyTableColumns {

    public static final String TREATY_CODE = "treaty_code";
    public static final String PARTY_NAME = "party_name_source";
    public static final String ISO2 = "iso2";
    public static final String PARTY_KIND = "party_kind";
    public static final String SIGNATURE_DATE = "signature_date";
    public static final String INSTRUMENT_TYPE = "instrument_type";
    public static final String INSTRUMENT_DATE = "instrument_date";
    public static final String ENTRY_INTO_FORCE_DATE = "entry_into_force_date";
    public static final String DENUNCIATION_DATE = "denunciation_date";
    public static final String TERMINATION_DATE = "termination_date";
    public static final String NOTES = "notes";
    public static final String SOURCE_URL = "source_url";

    /** The header, in order. */
    public static final List<String> ALL = List.of(TREATY_CODE, PARTY_NAME, ISO2, PARTY_KIND, SIGNATURE_DATE,
            INSTRUMENT_TYPE, INSTRUMENT_DATE, ENTRY_INTO_FORCE_DATE, DENUNCIATION_DATE, TERMINATION_DATE, NOTES, SOURCE_URL);

    /** {@code party_kind} of a member state. */
    public static final String KIND_STATE = "state";
    /** {@code party_kind} of an intergovernmental organisation (its {@code iso2} is empty). */
    public static final String KIND_ORGANISATION = "igo";

    private PartyTableColumns() {
    }
}
