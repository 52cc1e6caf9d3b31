package io.ipaccord.event.calendar;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.event.events.EventFilter;
import io.ipaccord.event.events.EventQueries;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceKind;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Events as an iCalendar file, for calendar applications: a URL of its own ending in {@code .ics} (what they
 * subscribe to, often without an {@code Accept} header), the whole selection at once where {@code GET /events}
 * answers JSON pages.
 */
@Path("/events.ics")
@Tag(name = "Events")
public class CalendarResource {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final List<String> FILTERS = List.of("state", "treaty", "body", "from", "to");

    @Inject EventQueries queries;
    @Inject KnownReferences references;

    @GET
    @Produces(MEDIA_TYPE)
    @Transactional
    @Operation(summary = "Events as iCalendar (RFC 5545)",
            description = "The events hosted by or related to a state, related to a treaty, the sessions of a WIPO body (body, e.g. "
                    + "SCCR) and/or overlapping from..to (at least one of state, treaty, body, from, to; they combine with AND), by start date: one all-day VEVENT each, UID <id>@"
                    + EventCalendar.UID_DOMAIN + ", DTSTAMP the event's last change, STATUS CONFIRMED or CANCELLED.")
    public Response calendar(@QueryParam("state") String state, @QueryParam("treaty") String treaty,
            @QueryParam("body") String body, @QueryParam("from") String from, @QueryParam("to") String to) {
        EventFilter filter = EventFilter.parse(null, from, to, null, treaty, state, null, null, null, null, body, null);
        if (filter.state() == null && filter.treaty() == null && filter.body() == null && filter.from() == null
                && filter.to() == null) {
            String message = "give at least one of " + String.join(", ", FILTERS);
            throw new ProblemException(ProblemKind.VALIDATION, message,
                    FILTERS.stream().map(field -> new FieldError(field, message)).toList());
        }
        List<EventData> events = queries.matching(filter);
        Map<String, String> countries = references.names(ReferenceKind.MEMBER_STATE,
                events.stream().map(EventData::hostCountry).filter(Objects::nonNull).distinct().toList());
        return Response.ok(EventCalendar.write(events, countries), MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"events.ics\"")
                .build();
    }
}
