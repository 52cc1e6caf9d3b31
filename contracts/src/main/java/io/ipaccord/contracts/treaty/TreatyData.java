package io.ipaccord.contracts.treaty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of a treaty, as carried by every event on the treaties topic and answered by
 * treaty-service's REST API: its facts, its entry-into-force rule and its status computed as of
 * {@code asOf} (the publication date on Kafka). Schema: {@code META-INF/ipaccord/schemas/treaty.v1.json}.
 *
 * @param code           e.g. {@code BEIJING}; the aggregate id and the record key
 * @param category       a {@link TreatyCategory} name
 * @param depositary     who receives the instruments, e.g. {@code Director General of WIPO}
 * @param notes          what the sources say of the treaty's entry into force, in short
 * @param acts           the treaty's Acts where it has several texts (each with its own parties), else empty
 * @param rule           the rule governing the treaty and every Act without a rule of its own
 * @param asOf           the date the status, entry into force and party count are computed for
 * @param status         a {@link TreatyStatus} name
 * @param entryIntoForce the initial entry into force when determined as of {@code asOf}, else null
 * @param partyCount     states bound as of {@code asOf}
 * @param verified       whether the facts were checked against their sources: yes, no or partial
 * @param verificationNote what was or was not checked, when the source says more than yes/no/partial
 * @param version        increases by one with every change of this treaty, computed ones included
 */
public record TreatyData(
        String code,
        String shortName,
        String officialName,
        String category,
        String adoptedPlace,
        LocalDate adoptedDate,
        String depositary,
        String notes,
        List<Act> acts,
        Rule rule,
        LocalDate asOf,
        String status,
        EntryIntoForce entryIntoForce,
        int partyCount,
        List<String> sources,
        String verified,
        String verificationNote,
        long version,
        Instant updatedAt) {

    /**
     * An Act of the treaty, e.g. Hague's Geneva Act (1999).
     *
     * @param code           e.g. {@code GENEVA_1999}
     * @param rule           the Act's own rule, null when the treaty's rule governs it
     * @param status         with an own rule: a {@link TreatyStatus} name as of {@code asOf}, else null
     * @param entryIntoForce with an own rule: the Act's entry into force when determined, else null
     */
    public record Act(String code, String name, Rule rule, String status, EntryIntoForce entryIntoForce) {
    }

    /**
     * When the treaty (or Act) enters into force and binds each party, as data.
     *
     * @param qualifyingTypes        {@link InstrumentType} names that count and make a party (never a bare signature)
     * @param conditions             count conditions that must all hold; empty when the entry into force is only recorded
     * @param initialDelay           from the instrument completing the count to entry into force, null when unknown
     * @param laterPartyDelay        for a state joining later, null when not on record
     * @param partyMayNameLaterDate  whether an instrument may name a later effective date
     * @param denunciationDelay      from a denunciation to its effect, null when not on record
     * @param recordedEntryIntoForce the depositary's date where the first instruments predate the records
     */
    public record Rule(
            List<String> qualifyingTypes,
            List<Condition> conditions,
            Delay initialDelay,
            Delay laterPartyDelay,
            boolean partyMayNameLaterDate,
            Delay denunciationDelay,
            LocalDate recordedEntryIntoForce,
            String notes,
            List<String> sources,
            String verified,
            String verificationNote) {
    }

    /**
     * At least {@code count} qualifying instruments, from any state, or only from states in {@code group}, or
     * only from states not in {@code notInGroup} (at most one of the two is set).
     */
    public record Condition(int count, String group, String notInGroup) {
    }

    /**
     * {@code amount} days, months or years after the deposit or the depositary's notification.
     *
     * @param unit   DAYS, MONTHS or YEARS
     * @param anchor DEPOSIT or NOTIFICATION
     */
    public record Delay(int amount, String unit, String anchor) {
    }

    /**
     * @param derived                 computed from the instruments on record (false: the depositary's recorded date)
     * @param triggeringInstrumentId  the instrument that completed the count, null when none is on record
     */
    public record EntryIntoForce(LocalDate date, boolean derived, Long triggeringInstrumentId) {
    }
}
