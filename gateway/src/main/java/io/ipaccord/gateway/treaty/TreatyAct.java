package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;

@Type("TreatyAct")
@Description("One text of a treaty that has several (e.g. Hague's Geneva Act of 1999), with its own parties.")
public record TreatyAct(
        @NonNull @Description("E.g. GENEVA_1999.") String code,
        @NonNull String name,
        @Description("The Act's own rule; null when the treaty's rule governs it.") Rule rule,
        @Description("With an own rule: the Act's status as of the treaty's asOf; else null.") TreatyStatus status,
        @Description("With an own rule: the Act's entry into force, when determined; else null.")
        InitialEntryIntoForce entryIntoForce) {

    static TreatyAct from(String treaty, TreatyData.Act act) {
        return new TreatyAct(act.code(), act.name(), act.rule() == null ? null : Rule.from(act.rule()),
                act.status() == null ? null : TreatyStatus.valueOf(act.status()),
                InitialEntryIntoForce.from(treaty, act.entryIntoForce()));
    }
}
