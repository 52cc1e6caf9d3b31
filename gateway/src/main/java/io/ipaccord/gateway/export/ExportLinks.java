package io.ipaccord.gateway.export;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.treaty.Treaty;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Links to the services' exports (CSV, JSON, iCalendar), absolute URLs under the {@link PublicUrls}. Built here, no
 * backend call: a client fetches the file itself, over plain HTTP.
 */
@GraphQLApi
public class ExportLinks {

    @Inject PublicUrls urls;

    @NonNull
    @Description("The treaty's contracting-parties table as of asOf (default: the treaty's asOf) as CSV, in the"
            + " depositary's columns (importPartyTable takes it back unchanged): treaty-service"
            + " GET /treaties/{code}/party-table?asOf=&format=csv.")
    public String partyTableCsv(@Source Treaty treaty, LocalDate asOf) {
        return partyTable(treaty, asOf, "csv");
    }

    @NonNull
    @Description("The same table as JSON: treaty-service GET /treaties/{code}/party-table?asOf=&format=json.")
    public String partyTableJson(@Source Treaty treaty, LocalDate asOf) {
        return partyTable(treaty, asOf, "json");
    }

    @NonNull
    @Description("The party's treaties as of asOf (default today) as CSV: treaty-service"
            + " GET /states/{code}/treaties.csv?asOf=.")
    public String treatiesCsv(@Source Party party, LocalDate asOf) {
        UriBuilder link = UriBuilder.fromUri(urls.treatyService()).path("states").path(party.getCode()).path("treaties.csv");
        if (asOf != null) {
            link.queryParam("asOf", asOf);
        }
        return link.build().toString();
    }

    @NonNull
    @Description("The events hosted by or related to the party, as iCalendar (RFC 5545): event-service"
            + " GET /events.ics?state={code}.")
    public String eventsCalendar(@Source Party party) {
        return calendar(party.getCode(), null, null, null);
    }

    @NonNull
    @Description("The events related to the treaty, as iCalendar (RFC 5545): event-service"
            + " GET /events.ics?treaty={code}.")
    public String eventsCalendar(@Source Treaty treaty) {
        return calendar(null, treaty.code(), null, null);
    }

    @Query("eventsCalendar")
    @Description("A link to events as iCalendar (RFC 5545), event-service GET /events.ics: those hosted by or related"
            + " to a party, related to a treaty and/or overlapping from..to (at least one). Errors: VALIDATION [state]"
            + " when none is given, [to] when to is before from.")
    public @NonNull String eventsCalendar(@Id @Description("A party code (CN, EU).") String state,
            @Id @Description("A treaty's code.") String treaty, LocalDate from, LocalDate to) {
        String party = Codes.normalize(state);
        String treatyCode = Codes.normalize(treaty);
        if (party == null && treatyCode == null && from == null && to == null) {
            throw ValidationException.of("state", "give a party, a treaty, a date range or several");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from (" + from + ")");
        }
        return calendar(party, treatyCode, from, to);
    }

    private String calendar(String party, String treaty, LocalDate from, LocalDate to) {
        UriBuilder link = UriBuilder.fromUri(urls.eventService()).path("events.ics");
        if (party != null) {
            link.queryParam("state", party);
        }
        if (treaty != null) {
            link.queryParam("treaty", treaty);
        }
        if (from != null) {
            link.queryParam("from", from);
        }
        if (to != null) {
            link.queryParam("to", to);
        }
        return link.build().toString();
    }

    private String partyTable(Treaty treaty, LocalDate asOf, String format) {
        return UriBuilder.fromUri(urls.treatyService()).path("treaties").path(treaty.code()).path("party-table")
                .queryParam("asOf", asOf == null ? treaty.asOf() : asOf)
                .queryParam("format", format)
                .build().toString();
    }
}
