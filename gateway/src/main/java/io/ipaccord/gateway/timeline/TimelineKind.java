package io.ipaccord.gateway.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** In the order entries of one day are listed. */
@Enum("TimelineKind")
public enum TimelineKind {
    @Description("A state becomes a member of WIPO (MembershipEntry).")
    WIPO_MEMBERSHIP,
    @Description("A treaty is adopted (TreatyEntry).")
    TREATY_ADOPTED,
    @Description("A state deposits or signs an instrument (InstrumentEntry).")
    INSTRUMENT,
    @Description("A treaty enters into force for its first parties (TreatyEntry).")
    TREATY_IN_FORCE,
    @Description("A treaty enters into force for a state (PartyEntry).")
    PARTY_BOUND,
    @Description("A state's denunciation takes effect (PartyEntry).")
    DENUNCIATION_EFFECTIVE,
    @Description("An event: a visit, conference, ceremony... dated by its start (EventEntry).")
    EVENT
}
