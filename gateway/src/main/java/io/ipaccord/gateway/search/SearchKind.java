package io.ipaccord.gateway.search;

import org.eclipse.microprofile.graphql.Enum;

/** In the order hits of equal rank are listed. */
@Enum("SearchKind")
public enum SearchKind {
    TREATY,
    EVENT,
    MEMBER_STATE,
    ORGANISATION
}
