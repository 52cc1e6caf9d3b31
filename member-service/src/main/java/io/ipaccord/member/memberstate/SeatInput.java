package io.ipaccord.member.memberstate;

import java.time.LocalDate;

import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;
import jakarta.validation.constraints.NotNull;

/** Body of POST /member-states/{code}/seats; {@code termTo} null while the term runs. */
public record SeatInput(@NotNull WipoBody body, @NotNull SeatRole role, @NotNull LocalDate termFrom, LocalDate termTo) {
}
