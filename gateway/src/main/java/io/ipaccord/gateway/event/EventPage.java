package io.ipaccord.gateway.event;

import java.util.List;

import io.ipaccord.contracts.event.EventData;

/** event-service's answer to GET /events. */
public record EventPage(List<EventData> items, long totalCount, PageInfo pageInfo) {

    public record PageInfo(String endCursor, boolean hasNextPage) {
    }

    public EventPage {
        items = items == null ? List.of() : items;
        pageInfo = pageInfo == null ? new PageInfo(null, false) : pageInfo;
    }
}
