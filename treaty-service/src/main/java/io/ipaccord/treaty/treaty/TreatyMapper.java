package io.ipaccord.treaty.treaty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.treaty.common.Provenance;

/** A registration request to a treaty to store, with its Acts and rules (each rule: {@link RuleMapper}). */
public final class TreatyMapper {

    private TreatyMapper() {
    }

    /** Checks what Bean Validation cannot (an Act listed twice, a rule's coherence) and builds the treaty. */
    public static Treaty toEntity(TreatyInput input) {
        Treaty treaty = new Treaty();
        apply(input, treaty);
        addRule(treaty, null, input.rule(), "rule");
        List<TreatyInput.ActInput> acts = input.acts() == null ? List.of() : input.acts();
        Set<String> actCodes = new HashSet<>();
        for (int i = 0; i < acts.size(); i++) {
            TreatyInput.ActInput actInput = acts.get(i);
            if (!actCodes.add(actInput.code())) {
                throw ProblemException.invalid("acts[" + i + "].code", "Act " + actInput.code() + " is listed twice");
            }
            TreatyAct act = new TreatyAct();
            act.treaty = treaty;
            act.code = actInput.code();
            act.name = actInput.name().trim();
            act.position = i;
            treaty.acts.add(act);
            if (actInput.rule() != null) {
                addRule(treaty, act.code, actInput.rule(), "acts[" + i + "].rule");
            }
        }
        return treaty;
    }

    private static void addRule(Treaty treaty, String actCode, RuleInput input, String field) {
        Rule rule = new Rule();
        rule.treaty = treaty;
        rule.actCode = actCode;
        RuleMapper.apply(input, rule, field);
        if (rule.recordedEntryIntoForce != null && treaty.adoptedDate != null
                && rule.recordedEntryIntoForce.isBefore(treaty.adoptedDate)) {
            throw ProblemException.invalid(field + ".recordedEntryIntoForce", rule.recordedEntryIntoForce
                    + " is before the treaty's adoption on " + treaty.adoptedDate);
        }
        treaty.rules.add(rule);
    }

    private static void apply(TreatyInput input, Treaty treaty) {
        treaty.code = input.code();
        treaty.shortName = input.shortName().trim();
        treaty.officialName = input.officialName().trim();
        treaty.category = input.category();
        treaty.adoptedPlace = blankToNull(input.adoptedPlace());
        treaty.adoptedDate = input.adoptedDate();
        treaty.depositary = blankToNull(input.depositary());
        treaty.notes = blankToNull(input.notes());
        treaty.provenance = Provenance.of(input.sources(), input.verified(), blankToNull(input.verificationNote()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
