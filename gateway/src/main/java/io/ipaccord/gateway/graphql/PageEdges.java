package io.ipaccord.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns one backend page into Relay edges with a cursor each (see {@link PageCursor}): what the client has already
 * seen ({@code start.skip()} items) is dropped, the last edge carries the backend's own end cursor.
 */
public final class PageEdges {

    private PageEdges() {
    }

    /**
     * @param items the backend's page, fetched after {@code start.backendAfter()}
     * @param backendEndCursor the backend's cursor after the page's last item, null if it gave none
     * @param edge builds an edge from its encoded cursor and its item
     */
    public static <T, E> List<E> of(List<T> items, PageCursor start, String backendEndCursor,
            BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>();
        for (int i = start.skip(); i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            PageCursor cursor = last && backendEndCursor != null
                    ? new PageCursor(backendEndCursor, 0)
                    : start.advance(i - start.skip() + 1);
            edges.add(edge.apply(cursor.encode(), items.get(i)));
        }
        return edges;
    }
}
