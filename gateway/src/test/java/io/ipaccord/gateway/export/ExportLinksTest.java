package io.ipaccord.gateway.export;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(treaties).isEqualTo(treatyService + "/states/EU/treaties?asOf=2026-02-03");
        given().accept("text/csv").get(treaties).then().statusCode(200).contentType(startsWith("text/csv"));
    }
}
