package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Also the JSON body of member-service's PUT /member-states/{code}: the full new state, seats aside. */
@Input("UpdateMemberStateInput")
@Description("The new facts of a member state; replaces them all (seats are changed with addBodySeat/removeBodySeat).")
public record UpdateMemberStateInput(
        @NonNull String alpha3,
        @NonNull String numeric,
        @NonNull String name,
        LocalDate memberSince,
        @Description("Replaces the sources; omit for none.") List<String> sources,
        Verification verified) {
}
