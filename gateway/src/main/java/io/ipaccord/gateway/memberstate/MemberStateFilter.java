package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.memberstate.WipoBody;

@Input("MemberStateFilter")
@Description("Criteria a member state must meet; omitted criteria match all.")
public record MemberStateFilter(
        @Description("Case-insensitive part of the name.") String nameContains,
        @Description("Members since this date or later.") LocalDate memberSinceFrom,
        @Description("Members since this date or earlier.") LocalDate memberSinceTo,
        @Description("Holding a seat on this body.") WipoBody body) {

    static final MemberStateFilter NONE = new MemberStateFilter(null, null, null, null);
}
