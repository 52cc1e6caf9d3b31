package io.ipaccord.gateway.treaty;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.gateway.memberstate.Verification;

@Type("Rule")
@Description("When a treaty (or Act) enters into force and binds each party, as data.")
public record Rule(
        @NonNull @Description("Instrument types that count and make a party (never a bare signature).")
        List<@NonNull InstrumentType> qualifyingTypes,
        @NonNull @Description("Count conditions that must all hold; empty when the entry into force is only recorded.")
        List<@NonNull RuleCondition> conditions,
        @Description("From the instrument completing the count to entry into force; null when unknown.")
        Delay initialDelay,
        @Description("For a state joining later; null when not on record.") Delay laterPartyDelay,
        @Description("Whether an instrument may name a later effective date.") boolean partyMayNameLaterDate,
        @Description("From a denunciation to its effect; null when not on record.") Delay denunciationDelay,
        @Description("The depositary's date where the first instruments predate the records.")
        LocalDate recordedEntryIntoForce,
        String notes,
        @NonNull List<@NonNull String> sources,
        @NonNull Verification verified) {

    static Rule from(TreatyData.Rule rule) {
        return new Rule(
                rule.qualifyingTypes() == null ? List.of()
                        : rule.qualifyingTypes().stream().map(InstrumentType::valueOf).toList(),
                rule.conditions() == null ? List.of() : rule.conditions().stream().map(RuleCondition::from).toList(),
                Delay.from(rule.initialDelay()), Delay.from(rule.laterPartyDelay()), rule.partyMayNameLaterDate(),
                Delay.from(rule.denunciationDelay()), rule.recordedEntryIntoForce(), rule.notes(),
                rule.sources() == null ? List.of() : List.copyOf(rule.sources()),
                Verification.fromJsonOrNo(rule.verified()));
    }
}
