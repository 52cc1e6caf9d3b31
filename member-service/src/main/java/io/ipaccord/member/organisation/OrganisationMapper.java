package io.ipaccord.member.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ipaccord.contracts.organisation.OrganisationData;

/** Entity to API and event data: one shape for both, the contract's {@link OrganisationData}. */
final class OrganisationMapper {

    private OrganisationMapper() {
    }

    static OrganisationData toData(Organisation organisation) {
        return new OrganisationData(organisation.code, organisation.name, organisation.shortName,
                List.copyOf(organisation.sources), organisation.verified, organisation.version,
                organisation.updatedAt.toInstant());
    }

    /** Whether applying {@code change} would leave {@code organisation}'s facts as they are. */
    static boolean sameFacts(OrganisationChange change, Organisation organisation) {
        Organisation applied = new Organisation();
        apply(change, applied);
        return Objects.equals(applied.name, organisation.name) && Objects.equals(applied.shortName, organisation.shortName)
                && Objects.equals(applied.sources, List.copyOf(organisation.sources))
                && Objects.equals(applied.verified, organisation.verified);
    }

    static void apply(OrganisationChange change, Organisation organisation) {
        organisation.name = change.name.trim();
        organisation.shortName = change.shortName.trim();
        organisation.sources = change.sources == null ? new ArrayList<>() : new ArrayList<>(change.sources);
        organisation.verified = change.verified == null ? "no" : change.verified;
    }
}
