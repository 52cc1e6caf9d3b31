package io.ipaccord.treaty.treaty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.common.Provenance;
import io.ipaccord.treaty.engine.CountCondition;
import io.ipaccord.treaty.engine.Delay;
import io.ipaccord.treaty.engine.Eligibility;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.treaty.engine.OtherActClock;

/** A stored rule to the engine's rule and to the API's shape, and a requested rule to a stored one. */
public final class RuleMapper {

    private RuleMapper() {
    }

    public static EntryIntoForceRule toEngine(String treatyCode, Rule rule) {
        return EntryIntoForceRule.builder(treatyCode)
                .act(rule.actCode)
                .qualifying(rule.qualifyingTypes.stream().map(io.ipaccord.contracts.treaty.InstrumentType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(io.ipaccord.contracts.treaty.InstrumentType.class))))
                .conditions(CountCondition.parseAll(rule.countConditions))
                .initialDelay(delay(rule.initialDelay))
                .laterPartyDelay(delay(rule.laterPartyDelay))
                .partyMayNameLaterDate(rule.partyMayNameLaterDate)
                .denunciationDelay(delay(rule.denunciationDelay))
                .recordedEntryIntoForce(rule.recordedEntryIntoForce)
                .otherActClocks(OtherActClock.parseAll(rule.otherActClocks))
                .build();
    }

    public static TreatyData.Rule toData(Rule rule) {
        List<TreatyData.Condition> conditions = CountCondition.parseAll(rule.countConditions).stream()
                .map(c -> new TreatyData.Condition(c.required(),
                        c.who() instanceof Eligibility.InGroup in ? in.group() : null,
                        c.who() instanceof Eligibility.NotInGroup out ? out.group() : null))
                .toList();
        return new TreatyData.Rule(List.copyOf(rule.qualifyingTypes), conditions, toData(delay(rule.initialDelay)),
                toData(delay(rule.laterPartyDelay)), rule.partyMayNameLaterDate, toData(delay(rule.denunciationDelay)),
                rule.recordedEntryIntoForce, rule.notes, List.copyOf(rule.provenance.sources), rule.provenance.verified,
                rule.provenance.verificationNote);
    }

    /** Checks what Bean Validation cannot and copies the request into {@code rule}; {@code field} prefixes error fields. */
    public static void apply(RuleInput input, Rule rule, String field) {
        Collection<InstrumentType> types = input.qualifyingTypes() == null ? InstrumentType.usuallyQualifying()
                : input.qualifyingTypes();
        types.stream().filter(t -> !t.mayQualify()).findFirst().ifPresent(t -> {
            throw ProblemException.invalid(field + ".qualifyingTypes", t + " can never count towards entry into force");
        });
        List<RuleInput.Condition> conditions = input.conditions() == null ? List.of() : input.conditions();
        List<CountCondition> counts = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            RuleInput.Condition c = conditions.get(i);
            if (c.group() != null && c.notInGroup() != null) {
                throw ProblemException.invalid(field + ".conditions[" + i + "]", "give group or notInGroup, not both");
            }
            Eligibility who = c.group() != null ? Eligibility.inGroup(c.group())
                    : c.notInGroup() != null ? Eligibility.notInGroup(c.notInGroup()) : Eligibility.anyParty();
            counts.add(new CountCondition(c.count(), who));
        }
        if (!counts.isEmpty() && input.initialDelay() == null) {
            throw ProblemException.invalid(field + ".initialDelay", "is required with count conditions");
        }
        rule.qualifyingTypes = new ArrayList<>(types.stream().distinct().sorted().map(Enum::name).toList());
        rule.countConditions = CountCondition.notation(counts);
        rule.initialDelay = notation(input.initialDelay());
        rule.laterPartyDelay = notation(input.laterPartyDelay());
        rule.partyMayNameLaterDate = input.partyMayNameLaterDate();
        rule.denunciationDelay = notation(input.denunciationDelay());
        rule.recordedEntryIntoForce = input.recordedEntryIntoForce();
        List<String> clocks = input.otherActClocks() == null ? List.of() : input.otherActClocks();
        for (int i = 0; i < clocks.size(); i++) {
            try {
                OtherActClock.parse(clocks.get(i));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(field + ".otherActClocks[" + i + "]", e.getMessage());
            }
        }
        rule.otherActClocks = clocks.stream().map(c -> OtherActClock.parse(c).notation()).collect(Collectors.joining(";"));
        rule.notes = input.notes();
        rule.provenance = Provenance.of(input.sources(), input.verified(), input.verificationNote());
    }

    /** The engine's rule as a request, e.g. for the seed. */
    public static RuleInput toInput(EntryIntoForceRule rule, String notes, List<String> sources, String verified,
            String verificationNote) {
        List<RuleInput.Condition> conditions = rule.conditions().stream()
                .map(c -> new RuleInput.Condition(c.required(),
                        c.who() instanceof Eligibility.InGroup in ? in.group() : null,
                        c.who() instanceof Eligibility.NotInGroup out ? out.group() : null))
                .toList();
        return new RuleInput(List.copyOf(rule.qualifyingTypes()),
                conditions, toInput(rule.initialDelay()), toInput(rule.laterPartyDelay()), rule.partyMayNameLaterDate(),
                toInput(rule.denunciationDelay()), rule.recordedEntryIntoForce(), notes, sources, verified, verificationNote,
                rule.otherActClocks().stream().map(OtherActClock::notation).toList());
    }

    private static RuleInput.DelayInput toInput(Delay delay) {
        return delay == null ? null : new RuleInput.DelayInput(delay.amount(), delay.unit(), delay.anchor());
    }

    private static Delay delay(String notation) {
        return notation == null ? null : Delay.parse(notation);
    }

    private static String notation(RuleInput.DelayInput delay) {
        return delay == null ? null : delay.toDelay().notation();
    }

    private static TreatyData.Delay toData(Delay delay) {
        return delay == null ? null : new TreatyData.Delay(delay.amount(), delay.unit().name(), delay.anchor().name());
    }
}
