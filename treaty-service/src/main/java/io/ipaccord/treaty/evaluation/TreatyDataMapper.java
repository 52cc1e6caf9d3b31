package io.ipaccord.treaty.evaluation;

import java.util.List;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.treaty.treaty.Rule;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.Treaty;

/** A stored treaty and its evaluation to API and event data: one shape for both, the contract's {@link TreatyData}. */
public final class TreatyDataMapper {

    private TreatyDataMapper() {
    }

    public static TreatyData toData(Treaty treaty, Evaluation evaluation) {
        return toData(treaty, evaluation.state());
    }

    public static TreatyData toData(Treaty treaty, TreatyState evaluation) {
        List<TreatyData.Act> acts = treaty.acts.stream().map(act -> {
            Rule own = treaty.rules.stream().filter(r -> act.code.equals(r.actCode)).findFirst().orElse(null);
            Evaluation.ActEvaluation state = evaluation.acts().get(act.code);
            return new TreatyData.Act(act.code, act.name, own == null ? null : RuleMapper.toData(own),
                    state == null ? null : state.status().name(), state == null ? null : state.entryIntoForce());
        }).toList();
        return new TreatyData(treaty.code, treaty.shortName, treaty.officialName, treaty.category.name(),
                treaty.adoptedPlace, treaty.adoptedDate, treaty.depositary, treaty.notes, acts,
                RuleMapper.toData(treaty.rule()), evaluation.asOf(), evaluation.status().name(),
                evaluation.entryIntoForce(), evaluation.partyCount(), List.copyOf(treaty.provenance.sources),
                treaty.provenance.verified, treaty.provenance.verificationNote, treaty.version, treaty.updatedAt.toInstant());
    }
}
