package io.ipaccord.gateway.graphql;

import java.util.List;

/** A backend's answer to a listing (GET /member-states, GET /events): one page and where the next starts. */
public record BackendPage<T>(List<T> items, long totalCount, PageInfo pageInfo) {

    public record PageInfo(String endCursor, boolean hasNextPage) {
    }

    public BackendPage {
        items = items == null ? List.of() : items;
        pageInfo = pageInfo == null ? new PageInfo(null, false) : pageInfo;
    }

    /** The cursor to fetch the next page after; null when this is the last page. */
    public String next() {
        return pageInfo.hasNextPage() ? pageInfo.endCursor() : null;
    }
}
