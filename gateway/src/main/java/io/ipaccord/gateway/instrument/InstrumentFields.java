package io.ipaccord.gateway.instrument;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.membership.Membership;
import io.ipaccord.gateway.treaty.InitialEntryIntoForce;
import io.ipaccord.gateway.treaty.Treaty;
import jakarta.inject.Inject;

/** The instrument fields of other types, batched per level ({@link InstrumentLookup}). */
@GraphQLApi
public class InstrumentFields {

    @Inject InstrumentLookup lookup;

    @Description("The treaty's instruments by deposit date, withdrawn ones flagged. At most 500 (query cost).")
    public List<List<@NonNull Instrument>> instruments(@Source List<Treaty> treaties) {
        return lookup.ofTreaties(treaties.stream().map(Treaty::code).toList());
    }

    @Description("The instrument that makes the state a contracting party; null while it has none.")
    public List<Instrument> instrument(@Source List<Membership> memberships) {
        return lookup.byRefs(memberships.stream()
                .map(m -> m.instrumentId() == null ? null
                        : new InstrumentLookup.Ref(m.instrumentId(), m.treatyCode(), m.partyCode()))
                .toList());
    }

    @Description("The instrument that completed the count; null when none is on record.")
    public List<Instrument> triggeringInstrument(@Source List<InitialEntryIntoForce> entries) {
        return lookup.byRefs(entries.stream()
                .map(e -> e.triggeringInstrumentId() == null ? null
                        : new InstrumentLookup.Ref(e.triggeringInstrumentId(), e.treaty(), null))
                .toList());
    }
}
