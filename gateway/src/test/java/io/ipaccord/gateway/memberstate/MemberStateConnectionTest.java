package io.ipaccord.gateway.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.graphql.BackendPage;
import io.ipaccord.gateway.graphql.PageCursor;

/** How a backend page becomes a Relay connection with a cursor per edge. */
class MemberStateConnectionTest {

    @Test
    void everyEdgeCursorResumesRightAfterItsEdge() {
        BackendPage<MemberStateData> page = page(List.of("AA", "BB", "CC"), "backend-end", true);

        MemberStateConnection connection = MemberStateConnection.from(page, PageCursor.START);

        assertThat(connection.nodes()).extracting(MemberState::code).containsExactly("AA", "BB", "CC");
        assertThat(cursors(connection)).containsExactly(
                new PageCursor(null, 1), new PageCursor(null, 2), new PageCursor("backend-end", 0));
        assertThat(connection.pageInfo().endCursor()).isEqualTo(connection.edges().get(2).cursor());
        assertThat(connection.pageInfo().hasNextPage()).isTrue();
        assertThat(connection.totalCount()).isEqualTo(10);
    }

    @Test
    void resumingAfterAnEdgeDropsWhatTheClientHasSeen() {
        // the gateway fetched 2 + first items after backend cursor "p1" because the client is 2 items past it
        BackendPage<MemberStateData> page = page(List.of("AA", "BB", "CC", "DD"), "p2", false);

        MemberStateConnection connection = MemberStateConnection.from(page, new PageCursor("p1", 2));

        assertThat(connection.nodes()).extracting(MemberState::code).containsExactly("CC", "DD");
        assertThat(cursors(connection)).containsExactly(new PageCursor("p1", 3), new PageCursor("p2", 0));
        assertThat(connection.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void emptyPageHasNoEndCursor() {
        MemberStateConnection connection = MemberStateConnection.from(page(List.of(), null, false),
                PageCursor.START);

        assertThat(connection.edges()).isEmpty();
        assertThat(connection.pageInfo().endCursor()).isNull();
    }

    private static List<PageCursor> cursors(MemberStateConnection connection) {
        return connection.edges().stream().map(e -> PageCursor.decode(e.cursor(), "after")).toList();
    }

    static BackendPage<MemberStateData> page(List<String> codes, String endCursor, boolean hasNext) {
        List<MemberStateData> items = IntStream.range(0, codes.size())
                .mapToObj(i -> state(codes.get(i)))
                .toList();
        return new BackendPage<>(items, 10, new BackendPage.PageInfo(endCursor, hasNext));
    }

    static MemberStateData state(String code) {
        return new MemberStateData(code, code + "X", "001", "State " + code, null, List.of(), "no", List.of(), 1,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
