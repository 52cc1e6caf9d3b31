package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;

/** Also the JSON body of member-service's POST /member-states/{code}/seats. */
@Input("AddBodySeatInput")
@Description("A seat on a WIPO body for a term.")
public record AddBodySeatInput(
        @NonNull WipoBody body,
        @NonNull SeatRole role,
        @NonNull LocalDate termFrom,
        @Description("Omit while the term runs.") LocalDate termTo) {
}
