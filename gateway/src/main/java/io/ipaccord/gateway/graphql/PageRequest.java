package io.ipaccord.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.ipaccord.gateway.error.ValidationException;

/**
 * The one pagination of every Relay connection: the page a client asks for ({@code first}, {@code after}) as the
 * backend page to fetch, and that page back as edges with a cursor each (see {@link PageCursor}): what the client
 * has already seen ({@code start.skip()} items) is dropped, the last edge carries the backend's own end cursor.
 *
 * @param start where the client resumes
 * @param fetch how many items to ask the backend for after {@code start.backendAfter()}
 */
public record PageRequest(PageCursor start, int fetch) {

    /** Page size when {@code first} is not given (the schema's default too). */
    public static final int DEFAULT_SIZE = 50;

    /** Refuses a {@code first} outside 1..{@code maxPage} and a cursor this gateway did not issue. */
    public static PageRequest of(Integer first, String after, int maxPage) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > maxPage) {
            throw ValidationException.of("first", "must be between 1 and " + maxPage);
        }
        PageCursor start = PageCursor.decode(after, "after");
        return new PageRequest(start, Math.min(maxPage, start.skip() + size));
    }

    public String backendAfter() {
        return start.backendAfter();
    }

    /** Builds a connection type from its edges, page info and total. */
    @FunctionalInterface
    public interface Connection<E, C> {
        C of(List<E> edges, PageInfo pageInfo, int totalCount);
    }

    /**
     * @param page the backend's page, fetched after {@code start.backendAfter()}
     * @param edge builds an edge from its encoded cursor and its item
     * @param cursor an edge's cursor
     */
    public static <T, E, C> C connection(BackendPage<T> page, PageCursor start, BiFunction<String, T, E> edge,
            Function<E, String> cursor, Connection<E, C> connection) {
        List<E> edges = edges(page.items(), start, page.pageInfo().endCursor(), edge);
        String endCursor = edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1));
        return connection.of(edges, new PageInfo(endCursor, page.pageInfo().hasNextPage()),
                Math.toIntExact(page.totalCount()));
    }

    /** @param backendEndCursor the backend's cursor after the page's last item, null if it gave none */
    static <T, E> List<E> edges(List<T> items, PageCursor start, String backendEndCursor,
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
