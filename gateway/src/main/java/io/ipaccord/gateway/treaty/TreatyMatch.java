package io.ipaccord.gateway.treaty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.TreatyData;

/** One answer of treaty-service's GET /treaties/search: the treaty and its PostgreSQL {@code ts_rank}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TreatyMatch(TreatyData treaty, double rank) {
}
