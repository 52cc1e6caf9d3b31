package io.ipaccord.gateway.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.gateway.memberstate.Verification;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.party.PartyKind;

@Type("Organisation")
@Description("An intergovernmental organisation that can be a contracting party of WIPO treaties (the EU, OAPI,"
        + " BOIP, EAPO, EPO); a Party of kind ORGANISATION.")
public record Organisation(
        @Id @NonNull @Description("WIPO Standard ST.3 code, e.g. EU, OA.") String code,
        @NonNull @Description("Full name, e.g. African Intellectual Property Organization.") String name,
        @NonNull @Description("Acronym, e.g. OAPI.") String shortName,
        @NonNull @Description("Where the facts come from.") List<@NonNull String> sources,
        @NonNull Verification verified,
        @Description("Increases by one with every change.") int version) implements Party {

    public static Organisation from(OrganisationData data) {
        return new Organisation(data.code(), data.name(), data.shortName(),
                data.sources() == null ? List.of() : List.copyOf(data.sources()),
                Verification.fromJsonOrNo(data.verified()), Math.toIntExact(data.version()));
    }

    @Override
    @Id
    @NonNull
    @Description("WIPO Standard ST.3 code, e.g. EU, OA.")
    public String getCode() {
        return code;
    }

    @Override
    @NonNull
    @Description("Full name, e.g. African Intellectual Property Organization.")
    public String getName() {
        return name;
    }

    @Override
    @NonNull
    public PartyKind getKind() {
        return PartyKind.ORGANISATION;
    }
}
