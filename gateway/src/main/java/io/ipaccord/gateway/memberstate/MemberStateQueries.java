package io.ipaccord.gateway.memberstate;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.memberstate.WipoBody;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.graphql.PageRequest;
import jakarta.inject.Inject;

/**
 * The member-state queries, forwarded to member-service. Fields that reach a backend are nullable, so one failing
 * field leaves its siblings' data intact.
 */
@GraphQLApi
public class MemberStateQueries {

    @Inject Backend<MemberStateClient> memberService;
    @Inject MemberStateLookup lookup;
    @Inject MemberStateCache cache;

    /** What a page of {@code memberStates} is cached by: the arguments member-service is asked with. */
    private record ListArguments(String nameContains, LocalDate memberSinceFrom, LocalDate memberSinceTo, WipoBody body,
                                 String sort, int first, String after) {
    }

    @Query("memberStates")
    @Description("Member states matching a filter, one page at a time.")
    public MemberStateConnection memberStates(MemberStateFilter filter,
            @DefaultValue("NAME") MemberStateSort sort,
            @DefaultValue("50") @Description("Page size, 1 to 500.") Integer first,
            @Description("`endCursor` (or any edge's `cursor`) of the previous page.") String after) {
        PageRequest request = PageRequest.of(first, after, MemberStateClient.MAX_PAGE);
        MemberStateFilter f = filter == null ? MemberStateFilter.NONE : filter;
        String order = (sort == null ? MemberStateSort.NAME : sort).parameter();
        ListArguments arguments = new ListArguments(f.nameContains(), f.memberSinceFrom(), f.memberSinceTo(), f.body(),
                order, request.fetch(), request.backendAfter());
        return MemberStateConnection.from(cache.page(arguments, () -> memberService.read("list", client -> client.list(
                arguments.nameContains(), arguments.memberSinceFrom(), arguments.memberSinceTo(), arguments.body(),
                arguments.sort(), arguments.first(), arguments.after()))), request.start());
    }

    @Query("memberState")
    @Description("The member state with this ISO 3166-1 alpha-2 code, or null if there is none.")
    public MemberState memberState(@Id @NonNull String code) {
        String wanted = Codes.normalize(code);
        if (wanted == null) {
            return null;
        }
        if (!MemberStateLookup.isStateCode(wanted)) {
            throw ValidationException.of("code", Identifiers.STATE_CODE_MESSAGE); // as member-service refuses it
        }
        return lookup.byCode(wanted); // through the cache: the state most queries start from
    }

    @Query("memberStatesByCode")
    @Description("The member states with these codes, position for position; null where a code is unknown."
            + " One backend call; at most 500 codes (more are refused).")
    public @NonNull List<MemberState> memberStatesByCode(@NonNull List<@NonNull String> codes) {
        return lookup.byCodes(Codes.atMostPerLookup("codes", codes));
    }
}
