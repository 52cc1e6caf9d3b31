package io.ipaccord.gateway.memberstate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.memberstate.MemberStateData;

/** One answer of member-service's GET /member-states/search: the state and its PostgreSQL {@code ts_rank}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberStateMatch(MemberStateData state, double rank) {
}
