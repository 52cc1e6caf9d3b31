package io.ipaccord.gateway.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.graphql.ArgumentBatch;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.graphql.DatedKey;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateLookup;
import io.ipaccord.gateway.organisation.PartyLookup;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyLookup;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Deprecated;
import jakarta.inject.Inject;

/**
 * Who is party to what, joining treaty-service's standings with member-service's states and organisations. Every field is batched:
 * a query costs one backend call per level (and per distinct {@code asOf} on that level), whatever the number of
 * states or treaties on it.
 */
@GraphQLApi
public class MembershipFields {

    @Inject MembershipLookup memberships;
    @Inject MemberStateLookup states;
    @Inject PartyLookup parties;
    @Inject TreatyLookup treaties;
    @Inject Context context;

    @Description("The party's standing in every treaty it signed or joined, as of asOf (default today), by bound"
            + " date then treaty. At most 31 (query cost).")
    public CompletionStage<List<@NonNull Membership>> treaties(@Source Party party, LocalDate asOf) {
        return ArgumentBatch.load(context, "Party.treaties",
                new DatedKey(party.getCode(), asOf == null ? Dates.today() : asOf), memberships::ofStates);
    }

    @Description("Every party (state or organisation) with a standing in the treaty as of asOf (default: the"
            + " treaty's asOf): signatories, contracting parties not yet bound, bound and denounced; by bound date"
            + " then party code. At most 250 (query cost).")
    public CompletionStage<List<@NonNull Membership>> parties(@Source Treaty treaty, LocalDate asOf) {
        return ArgumentBatch.load(context, "Treaty.parties",
                new DatedKey(treaty.code(), asOf == null ? treaty.asOf() : asOf), memberships::ofTreaties);
    }

    @Description("The party, a member state or an organisation; null if member-service does not know it (any"
            + " more).")
    public List<Party> party(@Source List<Membership> memberships) {
        return parties.byCodes(memberships.stream().map(Membership::partyCode).toList());
    }

    @Deprecated(reason = "A party may be an organisation, for which this is null: use party.")
    @Description("The member state; null for an organisation and if member-service does not know it (any more).")
    public List<MemberState> state(@Source List<Membership> memberships) {
        return states.byCodes(memberships.stream().map(Membership::stateCode).toList());
    }

    @Description("The treaty, computed as of the membership's asOf.")
    public List<Treaty> treaty(@Source List<Membership> memberships) {
        return treaties.byKeys(memberships.stream().map(m -> new DatedKey(m.treatyCode(), m.asOf())).toList());
    }
}
