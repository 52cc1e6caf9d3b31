package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DelayAnchor")
@Description("What a delay runs from.")
public enum DelayAnchor {
    @Description("The instrument's deposit.")
    DEPOSIT,
    @Description("The depositary's notification of the deposit.")
    NOTIFICATION
}
