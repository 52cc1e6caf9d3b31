package io.ipaccord.gateway.memberstate;

import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.auth.Caller;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Codes;
import jakarta.inject.Inject;

/**
 * The member-state mutations, forwarded to member-service (never retried). Each evicts its state from the
 * {@link MemberStateCache} when it returns or fails (a write that timed out may still have been made), so the caller
 * reads its own write without waiting for the member-states topic.
 */
@GraphQLApi
public class MemberStateMutations {

    @Inject Backend<MemberStateClient> memberService;
    @Inject Caller caller;
    @Inject MemberStateCache cache;

    @Mutation("registerMemberState")
    @Description("Role: editor. Registers a new member state. Errors: VALIDATION (extensions.fields), CONFLICT if the code exists.")
    public MemberState registerMemberState(@NonNull RegisterMemberStateInput input) {
        caller.require(Roles.EDITOR);
        String state = Codes.normalize(input.code());
        return changing(state, () -> MemberState.from(memberService.write("register", client -> client.register(input))));
    }

    @Mutation("updateMemberState")
    @Description("Role: editor. Replaces the facts of a member state. Errors: VALIDATION, NOT_FOUND.")
    public MemberState updateMemberState(@Id @NonNull String code, @NonNull UpdateMemberStateInput input) {
        caller.require(Roles.EDITOR);
        String state = code(code);
        return changing(state, () -> MemberState.from(memberService.write("update", client -> client.update(state, input))));
    }

    @Mutation("removeMemberState")
    @Description("Role: admin. Removes a member state; true when done. Errors: NOT_FOUND.")
    public Boolean removeMemberState(@Id @NonNull String code) {
        caller.require(Roles.ADMIN);
        String state = code(code);
        return changing(state, () -> {
            memberService.execute("remove", client -> client.remove(state));
            return true;
        });
    }

    @Mutation("addBodySeat")
    @Description("Role: editor. Gives a member state a seat on a WIPO body. Errors: VALIDATION, NOT_FOUND.")
    public BodySeat addBodySeat(@Id @NonNull String code, @NonNull AddBodySeatInput input) {
        caller.require(Roles.EDITOR);
        String state = code(code);
        return changing(state, () -> BodySeat.from(memberService.write("addSeat", client -> client.addSeat(state, input))));
    }

    @Mutation("removeBodySeat")
    @Description("Role: admin. Removes a seat; true when done. Errors: NOT_FOUND.")
    public Boolean removeBodySeat(@Id @NonNull String code, @Id @NonNull @Name("seatId") String seatId) {
        caller.require(Roles.ADMIN);
        long id;
        try {
            id = Long.parseLong(seatId);
        } catch (NumberFormatException e) {
            throw ValidationException.of("seatId", "is not a seat id");
        }
        String state = code(code);
        return changing(state, () -> {
            memberService.execute("removeSeat", client -> client.removeSeat(state, id));
            return true;
        });
    }

    private <T> T changing(String state, Supplier<T> write) {
        try {
            return write.get();
        } finally {
            cache.changed(state);
        }
    }

    /** The state a mutation names; a blank code names none. */
    private static String code(String code) {
        String state = Codes.normalize(code);
        if (state == null) {
            throw ValidationException.of("code", "must not be blank");
        }
        return state;
    }
}
