package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * Tells why a party's recorded date differs from the computed one, from the rule, the instruments and how the engine
 * dated them: never from the party's identity. The first reason that applies wins, in this order:
 * <ol>
 *   <li>{@link DateDiscrepancy#INSTRUMENT_NOT_RECORDED}: an UNKNOWN instrument (nothing to compute from);</li>
 *   <li>{@link DateDiscrepancy#RULE_NOT_RECORDED}: the rule cannot date the party (no computed date);</li>
 *   <li>{@link DateDiscrepancy#NOT_RECORDED}: the depositary gives no date;</li>
 *   <li>{@link DateDiscrepancy#RETROACTIVE_SUCCESSION}: a succession or continued application whose named date is
 *       not the record;</li>
 *   <li>{@link DateDiscrepancy#ORIGINAL_PARTY}: the record is the treaty's own recorded entry into force, under a rule
 *       whose first parties the engine cannot derive (an older text, no count on record or not met by the
 *       instruments);</li>
 *   <li>{@link DateDiscrepancy#MONTH_END}: the clock ended in a month lacking the starting day, the engine took its
 *       last day and the record is the day after;</li>
 *   <li>{@link DateDiscrepancy#FOLLOWS_ORGANISATION}: a state whose record is later than its computed date and is the
 *       recorded date of an organisation that is a party to the same treaty, or of another state that deposited
 *       later and whose own record agrees with its computed date (the last state of a group sharing an office, e.g.
 *       Benelux under the Trademark Law Treaty);</li>
 *   <li>{@link DateDiscrepancy#NOTIFICATION_NOT_RECORDED}: the clock runs from a notification that is not on record
 *       and the record is later than the computed date by at most {@link #NOTIFICATION_WINDOW_DAYS};</li>
 *   <li>{@link DateDiscrepancy#OTHER_ACT}: the record is what one of the rule's other Acts' clocks gives for an
 *       instrument deposited while that Act was open (for a notification clock without the notification: up to the
 *       same window after it);</li>
 *   <li>{@link DateDiscrepancy#NAMED_LATER_DATE}: the record is later and the rule lets a party name a later date
 *       (a later gap than the notification window, or a deposit clock);</li>
 *   <li>{@link DateDiscrepancy#UNEXPLAINED} otherwise.</li>
 * </ol>
 */
final class DateClassifier {

    /**
     * How much later than "deposit + delay" a notification clock can plausibly end: the depositary notifies a deposit
     * within days or weeks. Measured on the depositary's 27 tables (notification-clock treaties, the later parties
     * whose record is later than their computed date): 173 gaps of 1 to 53 days (median 6, 90% within 22), then
     * nothing until 64 days; the longer gaps (64 days to 10 years) are parties that named a later date (Malaysia's
     * Paris accession, in force on 1 January 1989). 60 days separates the two. A longer gap is not the notification's
     * doing: where the rule lets a party name a later date it is {@link DateDiscrepancy#NAMED_LATER_DATE}.
     */
    static final long NOTIFICATION_WINDOW_DAYS = 60;

    /** A party whose record agrees with its computed date: {@code deposited} on, bound {@code from}. */
    record Joined(String state, LocalDate deposited, LocalDate from) {
    }

    private final EntryIntoForceRule rule;
    private final EntryIntoForce eif;
    private final Set<String> organisations;
    private final Set<LocalDate> organisationDates;
    private final List<Joined> agreeing;

    DateClassifier(EntryIntoForceRule rule, EntryIntoForce eif, Set<String> organisations, Set<LocalDate> organisationDates,
                   List<Joined> agreeing) {
        this.rule = rule;
        this.eif = eif;
        this.organisations = organisations;
        this.organisationDates = organisationDates;
        this.agreeing = agreeing;
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
        if (eif != null && eif.basis() == EntryIntoForce.Basis.RECORDED && recorded.equals(eif.date())
                && (!rule.derivable() || eif.trigger() == null)) {
            return DateDiscrepancy.ORIGINAL_PARTY;
        }
        if (computed.endsShort() && recorded.equals(computed.from().plusDays(1))) {
            return DateDiscrepancy.MONTH_END;
        }
        long later = ChronoUnit.DAYS.between(computed.from(), recorded);
        if (later > 0 && !organisations.contains(binding.state()) && followsAnother(binding, recorded)) {
            return DateDiscrepancy.FOLLOWS_ORGANISATION;
        }
        if (computed.notificationMissing() && later > 0 && later <= NOTIFICATION_WINDOW_DAYS) {
            return DateDiscrepancy.NOTIFICATION_NOT_RECORDED;
        }
        if (matchesOtherAct(binding, recorded)) {
            return DateDiscrepancy.OTHER_ACT;
        }
        if (later > 0 && rule.partyMayNameLaterDate()) {
            return DateDiscrepancy.NAMED_LATER_DATE;
        }
        return DateDiscrepancy.UNEXPLAINED;
    }

    private boolean followsAnother(RecordedInstrument binding, LocalDate recorded) {
        if (organisationDates.contains(recorded)) {
            return true;
        }
        return agreeing.stream().anyMatch(j -> !j.state().equals(binding.state()) && j.from().equals(recorded)
                && j.deposited().isAfter(binding.knownFrom()));
    }

    private boolean matchesOtherAct(RecordedInstrument binding, LocalDate recorded) {
        for (OtherActClock other : rule.otherActClocks()) {
            if (!other.open(binding.deposited())) {
                continue;
            }
            Delay delay = other.delay();
            if (delay.anchor() == Anchor.NOTIFICATION && binding.notified() == null) {
                LocalDate earliest = other.after(binding.deposited());
                long after = ChronoUnit.DAYS.between(earliest, recorded);
                if (after >= 0 && after <= NOTIFICATION_WINDOW_DAYS) {
                    return true;
                }
            } else if (other.after(delay.anchor() == Anchor.NOTIFICATION ? binding.notified() : binding.deposited())
                    .equals(recorded)) {
                return true;
            }
        }
        return false;
    }
}
