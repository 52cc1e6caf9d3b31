package io.ipaccord.event.calendar;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventStatus;

/**
 * Events as one iCalendar object (RFC 5545): a VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN) with one
 * all-day VEVENT per event. Everything in it comes from the events, nothing from the clock (DTSTAMP is the event's
 * last change), so the same events give the same bytes.
 */
final class EventCalendar {

    /** The domain of the UIDs: {@code EV-2012-AVP-DC@ipaccord.io}. */
    static final String UID_DOMAIN = "ipaccord.io";
    static final String PRODID = "-//ipaccord//event-service//EN";

    private EventCalendar() {
    }

    /**
     * @param countryNames the host countries' names by code, as the member-state replica knows them (a code
     *                     without a name is written as the code)
     */
    static String write(List<EventData> events, Map<String, String> countryNames) {
        ICalendarWriter calendar = new ICalendarWriter()
                .property("BEGIN", "VCALENDAR")
                .property("VERSION", "2.0")
                .property("PRODID", PRODID)
                .property("CALSCALE", "GREGORIAN");
        events.forEach(event -> vevent(calendar, event, countryNames));
        return calendar.property("END", "VCALENDAR").toString();
    }

    private static void vevent(ICalendarWriter calendar, EventData event, Map<String, String> countryNames) {
        calendar.property("BEGIN", "VEVENT")
                .property("UID", event.id() + "@" + UID_DOMAIN)
                .utc("DTSTAMP", event.updatedAt())
                .utc("LAST-MODIFIED", event.updatedAt())
                .property("SEQUENCE", String.valueOf(event.version()))
                .date("DTSTART", event.startDate())
                // all-day: DTEND is exclusive, the day after the last day
                .date("DTEND", event.endDate().plusDays(1))
                .text("SUMMARY", event.title())
                .text("LOCATION", location(event, countryNames))
                .text("DESCRIPTION", description(event))
                .property("URL", url(event.sources()))
                .texts("CATEGORIES", List.of(event.type()))
                .property("STATUS", status(event.status()))
                .property("END", "VEVENT");
    }

    /** Venue, city, region and host country, those present, comma-separated. */
    static String location(EventData event, Map<String, String> countryNames) {
        String country = event.hostCountry() == null ? null : countryNames.getOrDefault(event.hostCountry(), event.hostCountry());
        return Stream.of(event.venue(), event.city(), event.region(), country)
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** The summary, then the notes, then the sources (one a line), each in a paragraph of its own. */
    static String description(EventData event) {
        String sources = event.sources().isEmpty() ? null : "Sources:\n" + String.join("\n", event.sources());
        return Stream.of(event.summary(), event.notes(), sources)
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
    }

    /** The first source that is an http(s) URI (URL is a URI property), or null. */
    static String url(List<String> sources) {
        return sources.stream().map(String::trim).filter(s -> s.matches("https?://\\S+")).findFirst().orElse(null);
    }

    /** PLANNED and HELD are CONFIRMED (the event is or was definite), CANCELLED is CANCELLED. */
    static String status(String status) {
        return switch (EventStatus.valueOf(status)) {
            case PLANNED, HELD -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }
}
