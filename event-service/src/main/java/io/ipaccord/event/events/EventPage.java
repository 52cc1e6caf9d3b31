package io.ipaccord.event.events;

import java.util.List;

import io.ipaccord.contracts.event.EventData;

/** One page of a listing; pass {@code pageInfo.endCursor} as {@code after} for the next. */
public record EventPage(List<EventData> items, long totalCount, PageInfo pageInfo) {

    public record PageInfo(String endCursor, boolean hasNextPage) {
    }
}
