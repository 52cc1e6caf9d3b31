package io.ipaccord.gateway.export;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

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
            + " GET /states/{code}/treaties?asOf= (text/csv).")
    public String treatiesCsv(@Source Party party, LocalDate asOf) {
        UriBuilder link = UriBuilder.fromUri(urls.treatyService()).path("states").path(party.getCode()).path("treaties");
        if (asOf != null) {
            link.queryParam("asOf", asOf);
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
