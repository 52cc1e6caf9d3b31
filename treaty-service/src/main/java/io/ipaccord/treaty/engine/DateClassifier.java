package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * Tells why a party's recorded date differs from the computed one, from the rule, the instrument and how the engine
 * dated it: never from the party's identity. The first reason that applies wins, in this order:
 * <ol>
 *   <li>{@link DateDiscrepancy#INSTRUMENT_NOT_RECORDED}: an UNKNOWN instrument (nothing to compute from);</li>
 *   <li>{@link DateDiscrepancy#RULE_NOT_RECORDED}: the rule cannot date the party;</li>
 *   <li>{@link DateDiscrepancy#NOT_RECORDED}: the depositary gives no date;</li>
 *   <li>{@link DateDiscrepancy#RETROACTIVE_SUCCESSION}: a succession or continued application;</li>
 *   <li>{@link DateDiscrepancy#ORIGINAL_PARTY}: the record is the treaty's own recorded entry into force (a first
 *       party under an older text);</li>
 *   <li>{@link DateDiscrepancy#FOLLOWS_ORGANISATION}: a state whose record is the date of an organisation that is a
 *       party to the same treaty;</li>
 *   <li>{@link DateDiscrepancy#NOTIFICATION_NOT_RECORDED}: the clock runs from a notification that is not on record
 *       and the record is later than the computed date by no more than {@link #NOTIFICATION_WINDOW_DAYS};</li>
 *   <li>{@link DateDiscrepancy#NAMED_LATER_DATE}: the record is later and the rule lets a party name a later date;</li>
 *   <li>{@link DateDiscrepancy#UNEXPLAINED} otherwise.</li>
 * </ol>
 */
final class DateClassifier {

    /**
     * How much later than "deposit + delay" a notification clock can plausibly end: the depositary notifies a
     * deposit within days or weeks. A longer gap is not the notification's doing.
     */
    static final long NOTIFICATION_WINDOW_DAYS = 92;

    private final EntryIntoForceRule rule;
    private final EntryIntoForce eif;
    private final Set<String> organisations;
    private final Set<LocalDate> organisationDates;

    DateClassifier(EntryIntoForceRule rule, EntryIntoForce eif, Set<String> organisations, Set<LocalDate> organisationDates) {
        this.rule = rule;
        this.eif = eif;
        this.organisations = organisations;
        this.organisationDates = organisationDates;
    }

    PartyDates dates(RecordedInstrument binding, Binding computed) {
        LocalDate recorded = binding.recordedEntryIntoForce();
        LocalDate date = computed == null ? null : computed.from();
        return PartyDates.of(recorded, date, reason(binding, computed, recorded));
    }

    private DateDiscrepancy reason(RecordedInstrument binding, Binding computed, LocalDate recorded) {
        if (binding.type() == InstrumentType.UNKNOWN) {
            return DateDiscrepancy.INSTRUMENT_NOT_RECORDED;
        }
        if (computed == null) {
            return DateDiscrepancy.RULE_NOT_RECORDED;
        }
        if (recorded == null) {
            return DateDiscrepancy.NOT_RECORDED;
        }
        if (binding.type().isSuccession() && !rule.qualifies(binding.type())) {
            return DateDiscrepancy.RETROACTIVE_SUCCESSION;
        }
        if (eif != null && eif.basis() == EntryIntoForce.Basis.RECORDED && recorded.equals(eif.date())) {
            return DateDiscrepancy.ORIGINAL_PARTY;
        }
        if (!organisations.contains(binding.state()) && organisationDates.contains(recorded)) {
            return DateDiscrepancy.FOLLOWS_ORGANISATION;
        }
        long later = ChronoUnit.DAYS.between(computed.from(), recorded);
        if (computed.notificationMissing() && later > 0 && later <= NOTIFICATION_WINDOW_DAYS) {
            return DateDiscrepancy.NOTIFICATION_NOT_RECORDED;
        }
        if (later > 0 && rule.partyMayNameLaterDate()) {
            return DateDiscrepancy.NAMED_LATER_DATE;
        }
        return DateDiscrepancy.UNEXPLAINED;
    }
}
