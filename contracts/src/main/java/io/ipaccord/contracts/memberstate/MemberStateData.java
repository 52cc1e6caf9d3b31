package io.ipaccord.contracts.memberstate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of a member state, as carried by every event on the member-states topic
 * (event-carried state transfer): a consumer rebuilds its replica from the topic alone.
 * Schema: {@code META-INF/ipaccord/schemas/member-state.v1.json}.
 *
 * @param code ISO 3166-1 alpha-2 code, the aggregate id and the record key
 * @param alpha3 ISO 3166-1 alpha-3 code
 * @param numeric ISO 3166-1 numeric code, three digits
 * @param name WIPO short name
 * @param memberSince date the state became a WIPO member, where a source gives it
 * @param sources where the facts come from
 * @param verified whether the facts were checked against their sources: yes, no or partial
 * @param seats seats held on WIPO bodies
 * @param version increases by one with every change of this state
 * @param updatedAt when this version was written
 */
public record MemberStateData(
        String code,
        String alpha3,
        String numeric,
        String name,
        LocalDate memberSince,
        List<String> sources,
        String verified,
        List<Seat> seats,
        long version,
        Instant updatedAt) {

    /** A seat on a WIPO body for a term; {@code termTo} null while the term runs. */
    public record Seat(long id, String body, String role, LocalDate termFrom, LocalDate termTo) {
    }
}
