package io.ipaccord.member.organisation;

import io.ipaccord.contracts.organisation.OrganisationData;

/** A search result: the organisation and how well it matches (PostgreSQL ts_rank, higher is better). */
public record OrganisationHit(OrganisationData organisation, double rank) {
}
