package io.ipaccord.member.memberstate;

import java.time.LocalDate;

import io.ipaccord.contracts.memberstate.WipoBody;

/** Criteria of a member-state listing; every null criterion matches all. */
public record MemberStateFilter(String nameContains, LocalDate memberSinceFrom, LocalDate memberSinceTo, WipoBody body) {
}
