package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.TreatyData;

@Type("RuleCondition")
@Description("At least `count` qualifying instruments: from any state, or only from states in `group`, or only from"
        + " states not in `notInGroup` (at most one of the two is set).")
public record RuleCondition(
        int count,
        @Description("E.g. PARIS_UNION.") String group,
        String notInGroup) {

    static RuleCondition from(TreatyData.Condition condition) {
        return new RuleCondition(condition.count(), condition.group(), condition.notInGroup());
    }
}
