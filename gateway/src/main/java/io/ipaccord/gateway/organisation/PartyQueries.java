package io.ipaccord.gateway.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.party.Party;
import jakarta.inject.Inject;

/** Contracting parties (member states and organisations) and organisations, forwarded to member-service. */
@GraphQLApi
public class PartyQueries {

    @Inject PartyLookup lookup;

    @Query("party")
    @Description("The member state or organisation with this party code (CN, EU), or null if there is none.")
    public Party party(@Id @NonNull String code) {
        return lookup.byCode(code);
    }

    @Query("parties")
    @Description("The parties with these codes, position for position; null where a code names no party. One"
            + " member-service call for the states, and one for the organisations among the rest; at most 500 codes"
            + " (more are refused).")
    public @NonNull List<Party> parties(@NonNull List<@NonNull String> codes) {
        return lookup.byCodes(Codes.atMostPerLookup("codes", codes));
    }

    @Query("organisation")
    @Description("The organisation with this WIPO ST.3 code (EU, OA), or null if there is none.")
    public Organisation organisation(@Id @NonNull String code) {
        return lookup.organisation(code);
    }

    @Query("organisations")
    @Description("Every intergovernmental organisation that can be a contracting party, by code. At most 20"
            + " (query cost).")
    public List<@NonNull Organisation> organisations() {
        return lookup.organisations();
    }
}
