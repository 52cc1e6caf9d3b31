package io.ipaccord.gateway.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.gateway.graphql.Codes;

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
        @Id @Description("Of this series, e.g. INTL_COPYRIGHT_FORUM.") String series,
        @Description("Meetings of this WIPO body, as its documents' code prefix names it: SCCR, MM/LD/WG, A, DIPCONF.")
        String body,
        @Description("true: WIPO meetings only; false: other events only.") Boolean meeting) {

    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Codes in the case the backend expects. */
    EventFilter normalized() {
        return new EventFilter(type, from, to, Codes.normalize(host), Codes.normalize(treaty), Codes.normalize(state),
                organisation, text, status, Codes.normalize(series), body == null || body.isBlank() ? null : body.trim(), meeting);
    }

    /** The events a timeline lists: those of a state and/or a treaty, overlapping from..to. */
    public static EventFilter of(String state, String treaty, LocalDate from, LocalDate to) {
        return new EventFilter(null, from, to, null, treaty, state, null, null, null, null, null, null);
    }
}
