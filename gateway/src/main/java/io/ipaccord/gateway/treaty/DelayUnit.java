package io.ipaccord.gateway.treaty;

import org.eclipse.microprofile.graphql.Enum;

@Enum("DelayUnit")
public enum DelayUnit {
    DAYS,
    MONTHS,
    YEARS
}
