package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void dropsWhatWasSeenAndGivesEachEdgeItsOwnCursor() {
        PageCursor start = new PageCursor("b1", 1);
        List<Map.Entry<String, String>> edges = PageRequest.edges(List.of("a", "b", "c"), start, "b2", Map::entry);

        assertThat(edges).extracting(Map.Entry::getValue).containsExactly("b", "c");
        assertThat(PageCursor.decode(edges.get(0).getKey(), "after")).isEqualTo(new PageCursor("b1", 2));
        // the last edge continues where the backend's page ends
        assertThat(PageCursor.decode(edges.get(1).getKey(), "after")).isEqualTo(new PageCursor("b2", 0));
    }

    @Test
    void withoutABackendCursorTheLastEdgeCountsFromTheStart() {
        List<Map.Entry<String, String>> edges = PageRequest.edges(List.of("a", "b"), PageCursor.START, null, Map::entry);

        assertThat(PageCursor.decode(edges.get(1).getKey(), "after")).isEqualTo(new PageCursor(null, 2));
        assertThat(PageRequest.edges(List.of("a"), new PageCursor("x", 1), "y", Map::entry)).isEmpty();
    }
}
