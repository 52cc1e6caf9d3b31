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
 * name contains the text; {@code text}: in title or summary (case-insensitive); {@code body}: meetings of this body
 * (e.g. {@code SCCR}, {@code MM/LD/WG}); {@code meeting}: true for WIPO meetings only, false for other events only.
 */
public record EventFilter(EventType type, LocalDate from, LocalDate to, String host, String treaty, String state,
        String organisation, String text, EventStatus status, String series, String body, Boolean meeting) {

    /** The criteria a calendar or a listing without meeting criteria gives. */
    public static EventFilter parse(String type, String from, String to, String host, String treaty, String state,
            String organisation, String text, String status, String series) {
        return parse(type, from, to, host, treaty, state, organisation, text, status, series, null, null);
    }

    /**
     * The criteria as query parameters give them (null or blank: any), each checked: a 400 naming the parameter for
     * a value of the wrong form, and for {@code to} before {@code from}.
     */
    public static EventFilter parse(String type, String from, String to, String host, String treaty, String state,
            String organisation, String text, String status, String series, String body, String meeting) {
        if (body != null && !body.isBlank() && (body.length() > 40 || !body.trim().matches(Codes.BODY))) {
            throw ProblemException.invalid("body", Codes.BODY_MESSAGE);
        }
        if (meeting != null && !meeting.isBlank() && !meeting.equals("true") && !meeting.equals("false")) {
            throw ProblemException.invalid("meeting", "must be true or false");
        }
        EventFilter filter = new EventFilter(QueryParams.enumValue("type", type, EventType.class),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.code("host", host, Identifiers.STATE_CODE, Identifiers.STATE_CODE_MESSAGE),
                QueryParams.code("treaty", treaty, Identifiers.TREATY_CODE, Identifiers.TREATY_CODE_MESSAGE),
                QueryParams.code("state", state, Identifiers.STATE_CODE, Identifiers.STATE_CODE_MESSAGE),
                organisation, text, QueryParams.enumValue("status", status, EventStatus.class),
                QueryParams.code("series", series, Codes.SERIES, Codes.SERIES_MESSAGE),
                body == null || body.isBlank() ? null : body.trim(),
                meeting == null || meeting.isBlank() ? null : Boolean.valueOf(meeting));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from (" + filter.from() + ")");
        }
        return filter;
    }
}
