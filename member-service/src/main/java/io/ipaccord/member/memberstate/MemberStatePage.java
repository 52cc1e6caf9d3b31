package io.ipaccord.member.memberstate;

import java.util.List;

import io.ipaccord.contracts.memberstate.MemberStateData;

/** One page of a listing; pass {@code pageInfo.endCursor} as {@code after} for the next. */
public record MemberStatePage(List<MemberStateData> items, long totalCount, PageInfo pageInfo) {

    public record PageInfo(String endCursor, boolean hasNextPage) {
    }
}
