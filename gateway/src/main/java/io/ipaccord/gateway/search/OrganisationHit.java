package io.ipaccord.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.organisation.Organisation;

@Type("OrganisationHit")
@Description("An intergovernmental organisation whose name, short name or code matches.")
public final class OrganisationHit implements SearchHit {

    private final Organisation organisation;
    private final double rank;

    OrganisationHit(Organisation organisation, double rank) {
        this.organisation = organisation;
        this.rank = rank;
    }

    @Override
    public @NonNull SearchKind getKind() {
        return SearchKind.ORGANISATION;
    }

    @Override
    public double getRank() {
        return rank;
    }

    @Override
    public @NonNull String getTitle() {
        return organisation.name();
    }

    @Override
    public String getMatchedVia() {
        return null;
    }

    public @NonNull Organisation getOrganisation() {
        return organisation;
    }
}
