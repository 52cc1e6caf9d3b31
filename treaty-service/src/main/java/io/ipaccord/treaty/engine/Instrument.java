package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One instrument of one state for one treaty (the caller passes the instruments of the treaty or Act
 * being evaluated).
 *
 * @param state              ISO 3166-1 alpha-2 code (or another stable party code, e.g. for an IGO)
 * @param type               what was deposited
 * @param act                the Act it was deposited under, {@code null} if the treaty has one text
 * @param deposited          deposit date (signature date for a signature, receipt date for a denunciation)
 * @param notified           date the depositary notified it, {@code null} if not recorded
 * @param namedEffectiveDate an effective date the instrument itself names, {@code null} if none
 * @param groups             eligibility groups the state belonged to at deposit (e.g. PARIS_UNION)
 * @param reference          the depositary's reference (e.g. "Beijing Notification No. 5") or a record id
 */
public record Instrument(
        String state,
        InstrumentType type,
        String act,
        LocalDate deposited,
        LocalDate notified,
        LocalDate namedEffectiveDate,
        Set<String> groups,
        String reference) {

    public Instrument {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state is required");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(deposited, "deposited");
        act = act == null || act.isBlank() ? null : act;
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        if (notified != null && notified.isBefore(deposited)) {
            throw new IllegalArgumentException(state + " " + type + ": notified " + notified + " before deposit " + deposited);
        }
    }

    public static Instrument of(String state, InstrumentType type, LocalDate deposited) {
        return new Instrument(state, type, null, deposited, null, null, Set.of(), null);
    }

    public static Instrument of(String state, InstrumentType type, String deposited) {
        return of(state, type, LocalDate.parse(deposited));
    }

    public Instrument withAct(String act) {
        return new Instrument(state, type, act, deposited, notified, namedEffectiveDate, groups, reference);
    }

    public Instrument notifiedOn(LocalDate date) {
        return new Instrument(state, type, act, deposited, date, namedEffectiveDate, groups, reference);
    }

    public Instrument notifiedOn(String date) {
        return notifiedOn(LocalDate.parse(date));
    }

    public Instrument namingEffectiveDate(LocalDate date) {
        return new Instrument(state, type, act, deposited, notified, date, groups, reference);
    }

    public Instrument namingEffectiveDate(String date) {
        return namingEffectiveDate(LocalDate.parse(date));
    }

    public Instrument inGroups(String... names) {
        return new Instrument(state, type, act, deposited, notified, namedEffectiveDate, Set.of(names), reference);
    }

    public Instrument withReference(String ref) {
        return new Instrument(state, type, act, deposited, notified, namedEffectiveDate, groups, ref);
    }

    @Override
    public String toString() {
        return state + " " + type + (act == null ? "" : " [" + act + "]") + " deposited " + deposited
                + (notified == null ? "" : " notified " + notified)
                + (namedEffectiveDate == null ? "" : " naming " + namedEffectiveDate);
    }
}
