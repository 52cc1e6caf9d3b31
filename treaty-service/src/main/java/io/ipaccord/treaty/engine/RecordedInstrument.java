package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * The engine's view of one instrument of one state for one treaty (the caller passes the instruments of the
 * treaty or Act being evaluated), whatever it was read from: a stored instrument, a seed row.
 *
 * @param state              ISO 3166-1 alpha-2 code (or another stable party code, e.g. for an IGO)
 * @param type               what was deposited
 * @param act                the Act it was deposited under, {@code null} if the treaty has one text
 * @param deposited          deposit date (signature date for a signature, receipt date for a denunciation);
 *                           {@code null} only for {@link InstrumentType#UNKNOWN}, which the depositary records without
 *                           an instrument
 * @param notified           date the depositary notified it, {@code null} if not recorded
 * @param namedEffectiveDate an effective date the instrument itself names, {@code null} if none
 * @param groups             eligibility groups the state belonged to at deposit (e.g. PARIS_UNION)
 * @param reference          the depositary's reference (e.g. "Beijing Notification No. 5") or a record id
 * @param recordedEntryIntoForce the depositary's recorded entry into force for the state, {@code null} if not on record:
 *                           compared with the computed date, never used to compute it (except as the date of
 *                           succession of a succession or continued application that names none)
 */
public record RecordedInstrument(
        String state,
        InstrumentType type,
        String act,
        LocalDate deposited,
        LocalDate notified,
        LocalDate namedEffectiveDate,
        Set<String> groups,
        String reference,
        LocalDate recordedEntryIntoForce) {

    public RecordedInstrument {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state is required");
        }
        Objects.requireNonNull(type, "type");
        if (deposited == null && type != InstrumentType.UNKNOWN) {
            throw new IllegalArgumentException(state + " " + type + ": deposit date is required");
        }
        act = act == null || act.isBlank() ? null : act;
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        if (notified != null && deposited != null && notified.isBefore(deposited)) {
            throw new IllegalArgumentException(state + " " + type + ": notified " + notified + " before deposit " + deposited);
        }
    }

    public static RecordedInstrument of(String state, InstrumentType type, LocalDate deposited) {
        return new RecordedInstrument(state, type, null, deposited, null, null, Set.of(), null, null);
    }


    /**
     * The day this instrument is on record from: its deposit, or for an {@link InstrumentType#UNKNOWN} one its recorded
     * entry into force ({@link LocalDate#MIN} when it has neither: always on record).
     */
    public LocalDate knownFrom() {
        if (deposited != null) {
            return deposited;
        }
        return recordedEntryIntoForce != null ? recordedEntryIntoForce : LocalDate.MIN;
    }

    public RecordedInstrument withAct(String act) {
        return new RecordedInstrument(state, type, act, deposited, notified, namedEffectiveDate, groups, reference, recordedEntryIntoForce);
    }

    public RecordedInstrument notifiedOn(LocalDate date) {
        return new RecordedInstrument(state, type, act, deposited, date, namedEffectiveDate, groups, reference, recordedEntryIntoForce);
    }


    public RecordedInstrument namingEffectiveDate(LocalDate date) {
        return new RecordedInstrument(state, type, act, deposited, notified, date, groups, reference, recordedEntryIntoForce);
    }


    public RecordedInstrument inGroups(String... names) {
        return new RecordedInstrument(state, type, act, deposited, notified, namedEffectiveDate, Set.of(names), reference, recordedEntryIntoForce);
    }

    public RecordedInstrument recordedInForceOn(LocalDate date) {
        return new RecordedInstrument(state, type, act, deposited, notified, namedEffectiveDate, groups, reference, date);
    }

    public RecordedInstrument withReference(String ref) {
        return new RecordedInstrument(state, type, act, deposited, notified, namedEffectiveDate, groups, ref, recordedEntryIntoForce);
    }

    @Override
    public String toString() {
        return state + " " + type + (act == null ? "" : " [" + act + "]")
                + (deposited == null ? " (instrument not on record)" : " deposited " + deposited)
                + (notified == null ? "" : " notified " + notified)
                + (namedEffectiveDate == null ? "" : " naming " + namedEffectiveDate);
    }
}
