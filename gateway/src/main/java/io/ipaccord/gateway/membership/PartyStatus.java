package io.ipaccord.gateway.membership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.ipaccord.contracts.treaty.PartyStanding;

@Enum("PartyStatus")
@Description("A party's standing in a treaty as of a date.")
public enum PartyStatus {
    @Description("Signed, no instrument that makes it a party (yet).")
    SIGNATORY,
    @Description("Deposited an instrument that makes it a party, not bound yet (see bound for when, if determined).")
    CONTRACTING_NOT_YET_BOUND,
    @Description("Bound since `bound`.")
    BOUND,
    @Description("Denounced, with effect from `denouncedEffective`.")
    DENOUNCED;

    /** The GraphQL face of treaty-service's {@link PartyStanding}: the same standings, described for clients. */
    public static PartyStatus of(PartyStanding standing) {
        return switch (standing) {
            case SIGNATORY -> SIGNATORY;
            case CONTRACTING_NOT_YET_BOUND -> CONTRACTING_NOT_YET_BOUND;
            case BOUND -> BOUND;
            case DENOUNCED -> DENOUNCED;
        };
    }
}
