package io.ipaccord.gateway.instrument;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeterminationKind")
public enum DeterminationKind {
    @Description("The treaty (or Act) enters into force on `date` for `parties`; `instrumentId` completed the count.")
    TREATY_IN_FORCE,
    @Description("`state` is bound from `date` by instrument `instrumentId`.")
    PARTY_BOUND,
    @Description("`state`'s denunciation `instrumentId` takes effect on `date`.")
    DENUNCIATION_EFFECTIVE;

    /** The GraphQL face of treaty-service's kinds: the same values, described for clients. */
    static DeterminationKind of(io.ipaccord.contracts.treaty.api.DeterminationKind kind) {
        return switch (kind) {
            case TREATY_IN_FORCE -> TREATY_IN_FORCE;
            case PARTY_BOUND -> PARTY_BOUND;
            case DENUNCIATION_EFFECTIVE -> DENUNCIATION_EFFECTIVE;
        };
    }
}
