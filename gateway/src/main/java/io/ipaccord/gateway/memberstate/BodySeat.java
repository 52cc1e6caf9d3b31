package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;

@Type("BodySeat")
@Description("A member state's seat on a WIPO body for a term.")
public record BodySeat(
        @Id @NonNull String id,
        @NonNull WipoBody body,
        @NonNull SeatRole role,
        @NonNull LocalDate termFrom,
        @Description("Null while the term runs.") LocalDate termTo) {

    static BodySeat from(MemberStateData.Seat seat) {
        return new BodySeat(String.valueOf(seat.id()), WipoBody.valueOf(seat.body()), SeatRole.valueOf(seat.role()),
                seat.termFrom(), seat.termTo());
    }
}
