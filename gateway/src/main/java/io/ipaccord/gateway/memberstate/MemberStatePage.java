package io.ipaccord.gateway.memberstate;

import java.util.List;

import io.ipaccord.contracts.memberstate.MemberStateData;

/** member-service's answer to GET /member-states. */
public record MemberStatePage(List<MemberStateData> items, long totalCount, PageInfo pageInfo) {

    public record PageInfo(String endCursor, boolean hasNextPage) {
    }

    public MemberStatePage {
        items = items == null ? List.of() : items;
        pageInfo = pageInfo == null ? new PageInfo(null, false) : pageInfo;
    }
}
