package io.ipaccord.member.memberstate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ipaccord.contracts.memberstate.MemberStateData;

/** Entity to API and event data: one shape for both, the contract's {@link MemberStateData}. */
final class MemberStateMapper {

    private MemberStateMapper() {
    }

    static MemberStateData toData(MemberState state) {
        return new MemberStateData(state.code, state.alpha3, state.numeric, state.name, state.memberSince,
                List.copyOf(state.sources), state.verified, state.seats.stream().map(MemberStateMapper::toData).toList(),
                state.version, state.updatedAt.toInstant());
    }

    static MemberStateData.Seat toData(BodySeat seat) {
        return new MemberStateData.Seat(seat.id, seat.body.name(), seat.role.name(), seat.termFrom, seat.termTo);
    }

    /** Whether applying {@code change} would leave {@code state}'s facts as they are. */
    static boolean sameFacts(MemberStateChange change, MemberState state) {
        MemberState applied = new MemberState();
        apply(change, applied);
        return Objects.equals(applied.alpha3, state.alpha3) && Objects.equals(applied.numeric, state.numeric)
                && Objects.equals(applied.name, state.name) && Objects.equals(applied.memberSince, state.memberSince)
                && Objects.equals(applied.sources, List.copyOf(state.sources)) && Objects.equals(applied.verified, state.verified);
    }

    static void apply(MemberStateChange change, MemberState state) {
        state.alpha3 = change.alpha3;
        state.numeric = change.numeric;
        state.name = change.name.trim();
        state.memberSince = change.memberSince;
        state.sources = change.sources == null ? new ArrayList<>() : new ArrayList<>(change.sources);
        state.verified = change.verified == null ? "no" : change.verified;
    }
}
