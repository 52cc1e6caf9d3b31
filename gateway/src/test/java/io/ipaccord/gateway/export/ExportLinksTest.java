package io.ipaccord.gateway.export;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.post;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The export links are absolute URLs under the public base URLs (by default the REST client URLs) and resolve: each
 * fetched over HTTP answers its content type.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class ExportLinksTest {

    @Test
    void partyTableLinksResolveToCsvAndJson() {
        String treatyService = ConfigProvider.getConfig()
                .getValue(BackendServicesTestResource.TREATY_SERVICE_URL, String.class);
        JsonPath links = execute("export-links", Map.of("treaty", "BEIJING", "party", "EU", "asOf", "2026-02-03"))
                .body("errors", nullValue()).extract().jsonPath();

        String csv = links.getString("data.treaty.partyTableCsv");
        assertThat(csv).isEqualTo(treatyService + "/treaties/BEIJING/party-table?asOf=2026-02-03&format=csv");
        given().get(csv).then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("treaty_code,party_name_source,iso2,"));

        String json = links.getString("data.treaty.partyTableJson");
        assertThat(json).isEqualTo(treatyService + "/treaties/BEIJING/party-table?asOf=2026-02-03&format=json");
        given().get(json).then().statusCode(200).contentType(startsWith("application/json"));

        String treaties = links.getString("data.party.treatiesCsv");
        assertThat(treaties).isEqualTo(treatyService + "/states/EU/treaties.csv?asOf=2026-02-03");
        given().get(treaties).then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("treaty_code,"), containsString("WCT"));
    }

    @Test
    void calendarLinksResolveToICalendar() {
        String eventService = ConfigProvider.getConfig()
                .getValue(BackendServicesTestResource.EVENT_SERVICE_URL, String.class);
        JsonPath links = execute("calendar-links", Map.of("party", "cn", "treaty", "BEIJING"))
                .body("errors", nullValue()).extract().jsonPath();

        assertThat(links.getString("data.party.eventsCalendar")).isEqualTo(eventService + "/events.ics?state=CN");
        assertThat(links.getString("data.treaty.eventsCalendar")).isEqualTo(eventService + "/events.ics?treaty=BEIJING");
        String china2024 = links.getString("data.eventsCalendar");
        assertThat(china2024).isEqualTo(eventService + "/events.ics?state=CN&from=2024-01-01&to=2024-12-31");
        // the seed's 2024 official visit to China
        given().get(china2024).then().statusCode(200).contentType(startsWith("text/calendar"))
                .body(startsWith("BEGIN:VCALENDAR"), containsString("BEGIN:VEVENT"));
    }

    @Test
    void aCalendarOfEverythingIsRefused() {
        refused(post("{ eventsCalendar }", Map.of()), "eventsCalendar", "VALIDATION", "state");
    }
}
