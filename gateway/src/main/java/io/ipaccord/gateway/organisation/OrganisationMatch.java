package io.ipaccord.gateway.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.organisation.OrganisationData;

/** One answer of member-service's GET /organisations/search: the organisation and its PostgreSQL {@code ts_rank}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationMatch(OrganisationData organisation, double rank) {
}
