package io.ipaccord.treaty.engine;

import java.time.LocalDate;

import io.ipaccord.contracts.treaty.DateDiscrepancy;

/**
 * A party's entry-into-force date as the depositary records it and as the engine computes it, side by side.
 *
 * @param recorded      the depositary's recorded date for the party ({@link RecordedInstrument#recordedEntryIntoForce}),
 *                      {@code null} when not on record
 * @param computed      the engine's date from the rule and the instruments, never from {@code recorded} (except the
 *                      date of succession of a succession or continued application that names none); {@code null}
 *                      when the rule cannot date the party
 * @param authoritative {@code recorded} if there is one, else {@code computed}: the date the standing is decided by
 * @param agree         whether both are there and equal; {@code null} when either is missing
 * @param discrepancy   why they differ, or why one is missing; {@code null} when they agree or both are missing
 */
public record PartyDates(LocalDate recorded, LocalDate computed, LocalDate authoritative, Boolean agree,
                         DateDiscrepancy discrepancy) {

    /** A signatory's, or a party with neither date. */
    public static final PartyDates NONE = new PartyDates(null, null, null, null, null);

    /**
     * The dates with the reason the engine found ({@code ifDifferent}, used only when they differ or one is missing).
     * When only the computed date is there the reason is {@link DateDiscrepancy#NOT_RECORDED}; when only the recorded
     * one is, {@code ifDifferent} (the engine passes {@link DateDiscrepancy#RULE_NOT_RECORDED} or
     * {@link DateDiscrepancy#INSTRUMENT_NOT_RECORDED}).
     */
    public static PartyDates of(LocalDate recorded, LocalDate computed, DateDiscrepancy ifDifferent) {
        LocalDate authoritative = recorded != null ? recorded : computed;
        if (recorded == null && computed == null) {
            return NONE;
        }
        if (recorded == null) {
            return new PartyDates(null, computed, authoritative, null, DateDiscrepancy.NOT_RECORDED);
        }
        if (computed == null) {
            return new PartyDates(recorded, null, authoritative, null,
                    ifDifferent == null ? DateDiscrepancy.RULE_NOT_RECORDED : ifDifferent);
        }
        boolean same = recorded.equals(computed);
        return new PartyDates(recorded, computed, authoritative, same,
                same ? null : ifDifferent == null ? DateDiscrepancy.UNEXPLAINED : ifDifferent);
    }

    /** Both dates are there. */
    public boolean compared() {
        return recorded != null && computed != null;
    }
}
