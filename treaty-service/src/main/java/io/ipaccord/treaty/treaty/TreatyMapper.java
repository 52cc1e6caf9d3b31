package io.ipaccord.treaty.treaty;

import java.util.ArrayList;
import java.util.List;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.treaty.membership.Evaluation;

/** Entity and evaluation to API and event data: one shape for both, the contract's {@link TreatyData}. */
final class TreatyMapper {

    private TreatyMapper() {
    }

    static TreatyData toData(Treaty treaty, Evaluation evaluation) {
        List<TreatyData.Act> acts = treaty.acts.stream().map(act -> {
            Rule own = treaty.rules.stream().filter(r -> act.code.equals(r.actCode)).findFirst().orElse(null);
            Evaluation.ActEvaluation state = evaluation.acts().get(act.code);
            return new TreatyData.Act(act.code, act.name, own == null ? null : RuleMapper.toData(own),
                    state == null ? null : state.status().name(), state == null ? null : state.entryIntoForce());
        }).toList();
        return new TreatyData(treaty.code, treaty.shortName, treaty.officialName, treaty.category.name(),
                treaty.adoptedPlace, treaty.adoptedDate, treaty.depositary, treaty.notes, acts,
                RuleMapper.toData(treaty.rule()), evaluation.asOf(), evaluation.status().name(),
                evaluation.entryIntoForce(), evaluation.partyCount(), List.copyOf(treaty.sources), treaty.verified,
                treaty.verificationNote, treaty.version, treaty.updatedAt.toInstant());
    }

    static void apply(TreatyInput input, Treaty treaty) {
        treaty.code = input.code();
        treaty.shortName = input.shortName().trim();
        treaty.officialName = input.officialName().trim();
        treaty.category = input.category();
        treaty.adoptedPlace = blankToNull(input.adoptedPlace());
        treaty.adoptedDate = input.adoptedDate();
        treaty.depositary = blankToNull(input.depositary());
        treaty.notes = blankToNull(input.notes());
        treaty.sources = input.sources() == null ? new ArrayList<>() : new ArrayList<>(input.sources());
        treaty.verified = input.verified() == null ? "no" : input.verified();
        treaty.verificationNote = blankToNull(input.verificationNote());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
