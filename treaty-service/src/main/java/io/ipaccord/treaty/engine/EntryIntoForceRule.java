package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * When a treaty (or one of its Acts) enters into force, and when it binds each party, as data.
 *
 * @param treatyCode             e.g. {@code BEIJING}
 * @param act                    the Act this rule governs, {@code null} for the treaty as a whole
 * @param qualifyingTypes        instruments that count and make a party (never a bare signature)
 * @param conditions             all must hold on the day the count is completed; a state counts once per
 *                               condition it is admitted by (a state in both Unions counts in both groups).
 *                               Empty when the initial entry into force can only be recorded
 * @param initialDelay           from the instrument completing the count to entry into force; {@code null} when
 *                               unknown (historic texts: instruments on or before the recorded date are initial)
 * @param laterPartyDelay        for a party whose instrument came too late to be initial; {@code null} when not on record
 * @param partyMayNameLaterDate  whether an instrument may name a later effective date for its state
 * @param recordedEntryIntoForce the depositary's date for the initial entry into force, where the first
 *                               instruments predate the records; it prevails over a date derived from them
 * @param denunciationDelay      from a denunciation to its effect; {@code null} when not on record
 * @param otherActClocks         the later-party clocks of the treaty's other Acts (e.g. the texts before the Stockholm
 *                               Act: one month after the Swiss Government's notification), for a party whose table
 *                               does not say which Act it joined under: never used to compute, only to tell why a
 *                               recorded date differs ({@code DateDiscrepancy.OTHER_ACT})
 */
public record EntryIntoForceRule(
        String treatyCode,
        String act,
        Set<InstrumentType> qualifyingTypes,
        List<CountCondition> conditions,
        Delay initialDelay,
        Delay laterPartyDelay,
        boolean partyMayNameLaterDate,
        LocalDate recordedEntryIntoForce,
        Delay denunciationDelay,
        List<OtherActClock> otherActClocks) {

    /** The rule without other Acts' clocks. */
    public EntryIntoForceRule(String treatyCode, String act, Set<InstrumentType> qualifyingTypes,
                              List<CountCondition> conditions, Delay initialDelay, Delay laterPartyDelay,
                              boolean partyMayNameLaterDate, LocalDate recordedEntryIntoForce, Delay denunciationDelay) {
        this(treatyCode, act, qualifyingTypes, conditions, initialDelay, laterPartyDelay, partyMayNameLaterDate,
                recordedEntryIntoForce, denunciationDelay, List.of());
    }

    public EntryIntoForceRule {
        if (treatyCode == null || treatyCode.isBlank()) {
            throw new IllegalArgumentException("treatyCode is required");
        }
        act = act == null || act.isBlank() ? null : act;
        if (qualifyingTypes.isEmpty()) {
            throw new IllegalArgumentException(treatyCode + ": no qualifying instrument type");
        }
        qualifyingTypes = Collections.unmodifiableSet(EnumSet.copyOf(qualifyingTypes)); // declaration order
        for (InstrumentType t : qualifyingTypes) {
            if (!t.mayQualify()) {
                throw new IllegalArgumentException(treatyCode + ": " + t + " cannot qualify for entry into force");
            }
        }
        conditions = List.copyOf(conditions);
        otherActClocks = otherActClocks == null ? List.of() : List.copyOf(otherActClocks);
        if (!conditions.isEmpty() && initialDelay == null) {
            throw new IllegalArgumentException(treatyCode + ": count conditions need an initial delay");
        }
    }

    public static Builder builder(String treatyCode) {
        return new Builder(treatyCode);
    }

    /** The usual rule: {@code required} instruments, in force {@code delay} after the last, later parties alike. */
    public static EntryIntoForceRule simple(String treatyCode, int required, Delay delay) {
        return builder(treatyCode).requires(required).initialDelay(delay).laterPartyDelay(delay).build();
    }

    public boolean qualifies(InstrumentType type) {
        return qualifyingTypes.contains(type);
    }

    public boolean derivable() {
        return !conditions.isEmpty();
    }

    public Builder toBuilder() {
        Builder b = new Builder(treatyCode);
        b.act = act;
        b.qualifying = EnumSet.copyOf(qualifyingTypes);
        b.conditions = new ArrayList<>(conditions);
        b.initialDelay = initialDelay;
        b.laterPartyDelay = laterPartyDelay;
        b.partyMayNameLaterDate = partyMayNameLaterDate;
        b.recordedEntryIntoForce = recordedEntryIntoForce;
        b.denunciationDelay = denunciationDelay;
        b.otherActClocks = new ArrayList<>(otherActClocks);
        return b;
    }

    public static final class Builder {
        private final String treatyCode;
        private String act;
        private EnumSet<InstrumentType> qualifying = EnumSet.copyOf(InstrumentType.usuallyQualifying());
        private List<CountCondition> conditions = new ArrayList<>();
        private Delay initialDelay;
        private Delay laterPartyDelay;
        private boolean partyMayNameLaterDate;
        private LocalDate recordedEntryIntoForce;
        private Delay denunciationDelay;
        private List<OtherActClock> otherActClocks = new ArrayList<>();

        private Builder(String treatyCode) {
            this.treatyCode = Objects.requireNonNull(treatyCode, "treatyCode");
        }

        public Builder act(String act) {
            this.act = act;
            return this;
        }

        public Builder qualifying(Set<InstrumentType> types) {
            this.qualifying = types.isEmpty() ? EnumSet.noneOf(InstrumentType.class) : EnumSet.copyOf(types);
            return this;
        }

        public Builder requires(int count) {
            return condition(CountCondition.of(count));
        }

        public Builder requires(int count, String group) {
            return condition(CountCondition.of(count, group));
        }

        public Builder condition(CountCondition condition) {
            this.conditions.add(condition);
            return this;
        }

        public Builder conditions(List<CountCondition> conditions) {
            this.conditions = new ArrayList<>(conditions);
            return this;
        }

        public Builder initialDelay(Delay delay) {
            this.initialDelay = delay;
            return this;
        }

        public Builder laterPartyDelay(Delay delay) {
            this.laterPartyDelay = delay;
            return this;
        }

        public Builder partyMayNameLaterDate(boolean allowed) {
            this.partyMayNameLaterDate = allowed;
            return this;
        }

        public Builder recordedEntryIntoForce(LocalDate date) {
            this.recordedEntryIntoForce = date;
            return this;
        }

        public Builder denunciationDelay(Delay delay) {
            this.denunciationDelay = delay;
            return this;
        }

        /** The seed's {@code other_act_clocks} column, read with {@link OtherActClock#parseAll}. */
        public Builder otherActClocks(List<OtherActClock> clocks) {
            this.otherActClocks = new ArrayList<>(clocks);
            return this;
        }

        public EntryIntoForceRule build() {
            return new EntryIntoForceRule(treatyCode, act, qualifying, conditions, initialDelay, laterPartyDelay,
                    partyMayNameLaterDate, recordedEntryIntoForce, denunciationDelay, otherActClocks);
        }
    }
}
