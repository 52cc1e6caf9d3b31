package io.ipaccord.gateway.event;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;

@Input("EventFilter")
@Description("Criteria an event must meet; omitted criteria match all.")
public record EventFilter(
        EventType type,
        @Description("Events ending on or after this date (overlapping the range from..to).") LocalDate from,
        @Description("Events starting on or before this date.") LocalDate to,
        @Id @Description("Hosted by this state (ISO 3166-1 alpha-2 code).") String host,
        @Id @Description("Related to this treaty, e.g. BEIJING.") String treaty,
        @Id @Description("Hosted by, or related to, this state.") String state,
        @Description("A participating organisation's name contains this text.") String organisation,
        @Description("Words in the title or summary.") String text,
        EventStatus status,
        @Id @Description("Of this series, e.g. INTL_COPYRIGHT_FORUM.") String series) {

    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null);

    /** Codes in the case the backend expects. */
    EventFilter normalized() {
        return new EventFilter(type, from, to, upper(host), upper(treaty), upper(state), organisation, text, status,
                upper(series));
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
