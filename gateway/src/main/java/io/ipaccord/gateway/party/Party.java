package io.ipaccord.gateway.party;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A contracting party of a treaty: a member state or an intergovernmental organisation. Getters, not record
 * accessors: SmallRye takes an interface's fields from its getters only, so each implementing record declares them.
 */
@Interface("Party")
@Description("A contracting party: a member state (ISO 3166-1 alpha-2 code) or an intergovernmental organisation"
        + " (WIPO Standard ST.3 code, e.g. EU, OA). Both codes are two capital letters, and no state has an"
        + " organisation's code. Select the concrete type's fields with `... on MemberState { memberSince }` or"
        + " `... on Organisation { shortName }`.")
public interface Party {

    @Id
    @NonNull
    @Description("The party code: ISO 3166-1 alpha-2 for a state (CN), WIPO ST.3 for an organisation (EU).")
    String getCode();

    @NonNull
    @Description("The name, e.g. China, European Union.")
    String getName();

    @NonNull
    PartyKind getKind();
}
