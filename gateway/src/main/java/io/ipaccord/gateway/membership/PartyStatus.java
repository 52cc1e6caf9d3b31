package io.ipaccord.gateway.membership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PartyStatus")
@Description("A state's standing in a treaty as of a date.")
public enum PartyStatus {
    @Description("Signed, no instrument that makes it a party (yet).")
    SIGNATORY,
    @Description("Deposited an instrument that makes it a party, not bound yet (see bound for when, if determined).")
    CONTRACTING_NOT_YET_BOUND,
    @Description("Bound since `bound`.")
    BOUND,
    @Description("Denounced, with effect from `denouncedEffective`.")
    DENOUNCED
}
