package io.ipaccord.contracts.event;

/** What an attendance figure counts. */
public enum AttendanceMeasure {
    MEMBER_STATES,
    /** Countries, where a source does not say they were member states or delegations. */
    COUNTRIES,
    DELEGATES,
    DELEGATIONS,
    /** Intergovernmental organisations. */
    IGOS,
    NGOS,
    /** Organisations, where a source does not split them into IGOs and NGOs. */
    ORGANISATIONS,
    PARTICIPANTS
}
