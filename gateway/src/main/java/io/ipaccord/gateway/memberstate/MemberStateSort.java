package io.ipaccord.gateway.memberstate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The orders member-service offers; ties are broken by code so pages never overlap. */
@Enum("MemberStateSort")
@Description("Order of a member-state listing; ties are broken by code.")
public enum MemberStateSort {
    NAME("name"),
    NAME_DESC("-name"),
    CODE("code"),
    CODE_DESC("-code"),
    @Description("States without a known date come last.")
    MEMBER_SINCE("memberSince"),
    @Description("States without a known date come last.")
    MEMBER_SINCE_DESC("-memberSince");

    private final String parameter;

    MemberStateSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of member-service's {@code sort} query parameter. */
    String parameter() {
        return parameter;
    }
}
