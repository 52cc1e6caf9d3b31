package io.ipaccord.gateway.memberstate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.ipaccord.gateway.graphql.SortOrder;

/** The orders member-service offers; ties are broken by code so pages never overlap. */
@Enum("MemberStateSort")
@Description("Order of a member-state listing; ties are broken by code.")
public enum MemberStateSort {
    NAME,
    NAME_DESC,
    CODE,
    CODE_DESC,
    @Description("States without a known date come last.")
    MEMBER_SINCE,
    @Description("States without a known date come last.")
    MEMBER_SINCE_DESC;

    /** The value of member-service's {@code sort} query parameter. */
    String parameter() {
        return SortOrder.parameter(this);
    }
}
