package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.treaty.TreatyData;

@Type("Delay")
@Description("`amount` days, months or years after the deposit or after the depositary's notification.")
public record Delay(int amount, @NonNull DelayUnit unit, @NonNull DelayAnchor anchor) {

    static Delay from(TreatyData.Delay delay) {
        return delay == null ? null
                : new Delay(delay.amount(), DelayUnit.valueOf(delay.unit()), DelayAnchor.valueOf(delay.anchor()));
    }
}
