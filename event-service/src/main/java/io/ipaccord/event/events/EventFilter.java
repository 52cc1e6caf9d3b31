package io.ipaccord.event.events;

import java.time.LocalDate;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.Identifiers;
import io.ipaccord.event.common.Codes;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.rest.QueryParams;

/**
 * Criteria of an event listing; every null criterion matches all. {@code from}/{@code to}: events overlapping the
 * range; {@code state}: hosted by or related to the state; {@code organisation}: a participating organisation whose
 * name contains the text; {@code text}: in title or summary (case-insensitive).
 */
public record EventFilter(EventType type, LocalDate from, LocalDate to, String host, String treaty, String state,
        String organisation, String text, EventStatus status, String series) {

    /**
     * The criteria as query parameters give them (null or blank: any), each checked: a 400 naming the parameter for
     * a value of the wrong form, and for {@code to} before {@code from}.
     */
    public static EventFilter parse(String type, String from, String to, String host, String treaty, String state,
            String organisation, String text, String status, String series) {
        EventFilter filter = new EventFilter(QueryParams.enumValue("type", type, EventType.class),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.code("host", host, Identifiers.STATE_CODE, Identifiers.STATE_CODE_MESSAGE),
                QueryParams.code("treaty", treaty, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE),
                QueryParams.code("state", state, Identifiers.STATE_CODE, Identifiers.STATE_CODE_MESSAGE),
                organisation, text, QueryParams.enumValue("status", status, EventStatus.class),
                QueryParams.code("series", series, Codes.SERIES, Codes.SERIES_MESSAGE));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from (" + filter.from() + ")");
        }
        return filter;
    }
}
