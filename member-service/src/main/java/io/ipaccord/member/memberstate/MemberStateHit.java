package io.ipaccord.member.memberstate;

import io.ipaccord.contracts.memberstate.MemberStateData;

/** A search result: the state and how well it matches (PostgreSQL ts_rank, higher is better). */
public record MemberStateHit(MemberStateData state, double rank) {
}
