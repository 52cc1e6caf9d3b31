package io.ipaccord.gateway.memberstate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.PageCursor;
import io.ipaccord.gateway.graphql.PageInfo;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Member states: queries and mutations forwarded to member-service, changes from Kafka. Fields that reach a
 * backend are nullable, so one failing field leaves its siblings' data intact.
 */
@GraphQLApi
public class MemberStateResource {

    static final int DEFAULT_PAGE = 50;

    private final MemberStateBackend backend;
    private final MemberStateLookup lookup;
    private final MemberStateChangeFeed feed;

    MemberStateResource(MemberStateBackend backend, MemberStateLookup lookup, MemberStateChangeFeed feed) {
        this.backend = backend;
        this.lookup = lookup;
        this.feed = feed;
    }

    @Query("memberStates")
    @Description("Member states matching a filter, one page at a time.")
    public MemberStateConnection memberStates(MemberStateFilter filter,
            @DefaultValue("NAME") MemberStateSort sort,
            @DefaultValue("50") @Description("Page size, 1 to 500.") Integer first,
            @Description("`endCursor` (or any edge's `cursor`) of the previous page.") String after) {
        int size = first == null ? DEFAULT_PAGE : first;
        if (size < 1 || size > MemberStateBackend.MAX_PAGE) {
            throw ValidationException.of("first", "must be between 1 and " + MemberStateBackend.MAX_PAGE);
        }
        PageCursor start = PageCursor.decode(after, "after");
        int fetch = Math.min(MemberStateBackend.MAX_PAGE, start.skip() + size);
        MemberStatePage page = backend.list(filter, sort == null ? MemberStateSort.NAME : sort, fetch,
                start.backendAfter());
        return connection(page, start);
    }

    /** Drops what the client has seen and gives each remaining item its own cursor (see {@link PageCursor}). */
    static MemberStateConnection connection(MemberStatePage page, PageCursor start) {
        List<MemberStateData> items = page.items();
        List<MemberStateEdge> edges = new ArrayList<>();
        for (int i = start.skip(); i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            PageCursor cursor = last && page.pageInfo().endCursor() != null
                    ? new PageCursor(page.pageInfo().endCursor(), 0)
                    : start.advance(i - start.skip() + 1);
            edges.add(new MemberStateEdge(cursor.encode(), MemberState.from(items.get(i))));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return MemberStateConnection.of(edges, new PageInfo(endCursor, page.pageInfo().hasNextPage()),
                Math.toIntExact(page.totalCount()));
    }

    @Query("memberState")
    @Description("The member state with this ISO 3166-1 alpha-2 code, or null if there is none.")
    public MemberState memberState(@Id @NonNull String code) {
        try {
            return MemberState.from(backend.get(normalize(code)));
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @Query("memberStatesByCode")
    @Description("The member states with these codes, position for position; null where a code is unknown."
            + " One backend call for up to 500 codes.")
    public @NonNull List<MemberState> memberStatesByCode(@NonNull List<@NonNull String> codes) {
        return lookup.byCodes(codes);
    }

    @Mutation("registerMemberState")
    @Description("Registers a new member state. Errors: VALIDATION (extensions.fields), CONFLICT if the code exists.")
    public MemberState registerMemberState(@NonNull RegisterMemberStateInput input) {
        return MemberState.from(backend.register(input));
    }

    @Mutation("updateMemberState")
    @Description("Replaces the facts of a member state. Errors: VALIDATION, NOT_FOUND.")
    public MemberState updateMemberState(@Id @NonNull String code, @NonNull UpdateMemberStateInput input) {
        return MemberState.from(backend.update(normalize(code), input));
    }

    @Mutation("removeMemberState")
    @Description("Removes a member state; true when done. Errors: NOT_FOUND.")
    public Boolean removeMemberState(@Id @NonNull String code) {
        backend.remove(normalize(code));
        return true;
    }

    @Mutation("addBodySeat")
    @Description("Gives a member state a seat on a WIPO body. Errors: VALIDATION, NOT_FOUND.")
    public BodySeat addBodySeat(@Id @NonNull String code, @NonNull AddBodySeatInput input) {
        return BodySeat.from(backend.addSeat(normalize(code), input));
    }

    @Mutation("removeBodySeat")
    @Description("Removes a seat; true when done. Errors: NOT_FOUND.")
    public Boolean removeBodySeat(@Id @NonNull String code, @Id @NonNull @Name("seatId") String seatId) {
        long id;
        try {
            id = Long.parseLong(seatId);
        } catch (NumberFormatException e) {
            throw ValidationException.of("seatId", "is not a seat id");
        }
        backend.removeSeat(normalize(code), id);
        return true;
    }

    @Subscription("memberStateChanged")
    @Description("Changes of member states from now on: all of them, or those of one code.")
    public Multi<MemberStateChange> memberStateChanged(@Id String code) {
        Multi<MemberStateChange> changes = feed.changes();
        if (code == null) {
            return changes;
        }
        String wanted = normalize(code);
        return changes.select().where(change -> change.code().equals(wanted));
    }

    private static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
