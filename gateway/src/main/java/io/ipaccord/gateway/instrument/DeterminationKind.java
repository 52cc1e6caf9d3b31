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
    DENUNCIATION_EFFECTIVE
}
