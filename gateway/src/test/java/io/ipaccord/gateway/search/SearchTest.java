package io.ipaccord.gateway.search;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.memberstate.MemberStateCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** One ranked list over the full-text searches of member-service (states, organisations), treaty-service and event-service. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class SearchTest {

    @Inject MemberStateCache memberStateCache;

    @Test
    void beijingFindsTheTreatyItsDiplomaticConferenceAndChina() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        Map<String, Long> eventCalls = ServiceMetrics.EVENT_SERVICE.requests();

        JsonPath answer = execute("search", Map.of("text", "Beijing"))
                .body("errors", nullValue())
                .extract().jsonPath();

        String treaty = "data.search.find { it.kind == 'TREATY' && it.treaty.code == 'BEIJING' }";
        assertThat(answer.getString(treaty + ".__typename")).isEqualTo("TreatyHit");
        assertThat(answer.getString(treaty + ".title")).isEqualTo("Beijing Treaty (BTAP)");
        assertThat(answer.getDouble(treaty + ".rank")).isEqualTo(1.0);
        assertThat(answer.getString(treaty + ".matchedVia")).isNull();

        String conference = "data.search.find { it.kind == 'EVENT' && it.event.id == 'EV-2012-AVP-DC' }";
        assertThat(answer.getString(conference + ".title"))
                .isEqualTo("Diplomatic Conference on the Protection of Audiovisual Performances");
        assertThat(answer.getDouble(conference + ".rank")).isBetween(0.0, 1.0).isPositive();

        // China's name has no "Beijing": it is found as the host of the matching events, ranked below the best of them
        String china = "data.search.find { it.kind == 'MEMBER_STATE' && it.memberState.code == 'CN' }";
        assertThat(answer.getString(china + ".__typename")).isEqualTo("MemberStateHit");
        assertThat(answer.getString(china + ".title")).isEqualTo("China");
        assertThat(answer.getString(china + ".matchedVia")).startsWith("hosts EV-");
        List<String> via = answer.getList(china + ".viaEventIds", String.class);
        assertThat(via).contains("EV-2012-AVP-DC");
        double bestHosted = via.stream()
                .mapToDouble(id -> answer.getDouble("data.search.find { it.kind == 'EVENT' && it.event.id == '" + id
                        + "' }.rank"))
                .max().orElseThrow();
        assertThat(answer.getDouble(china + ".rank")).isCloseTo(bestHosted / 2, within(1e-6));
        List<String> hostsOfVia = via.stream()
                .map(id -> answer.getString("data.search.find { it.kind == 'EVENT' && it.event.id == '" + id
                        + "' }.event.hostCountry"))
                .distinct().toList();
        assertThat(hostsOfVia).containsExactly("CN");

        // one ranked list, best first, treaty above the state found through its events
        List<Float> ranks = answer.getList("data.search.rank", Float.class);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        List<String> titles = answer.getList("data.search.title", String.class);
        assertThat(titles.indexOf("Beijing Treaty (BTAP)")).isLessThan(titles.indexOf("China"));

        // each service searched once, plus one member-service call for the host states
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls))
                .isEqualTo(Map.of("/member-states/search", 1L, "/organisations/search", 1L, "/member-states/batch", 1L));
        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls)).isEqualTo(Map.of("/treaties/search", 1L));
        assertThat(ServiceMetrics.EVENT_SERVICE.since(eventCalls)).isEqualTo(Map.of("/events/search", 1L));
    }

    @Test
    void aStateWhoseNameMatchesIsADirectHitAndNotRepeatedAsAHost() {
        JsonPath answer = execute("search", Map.of("text", "China"))
                .body("errors", nullValue())
                .extract().jsonPath();
        List<Map<String, Object>> chinaHits = answer.getList(
                "data.search.findAll { it.kind == 'MEMBER_STATE' && it.memberState.code == 'CN' }");
        assertThat(chinaHits).hasSize(1);
        assertThat(chinaHits.get(0).get("matchedVia")).isNull();
        assertThat(chinaHits.get(0).get("rank")).isEqualTo(1.0f);
        assertThat(answer.getList("data.search.kind", String.class)).contains("EVENT");
    }

    @Test
    void organisationsAreFoundByTheirNames() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("search", Map.of("text", "Intellectual Property Organization"))
                .body("errors", nullValue())
                .extract().jsonPath();

        String oapi = "data.search.find { it.kind == 'ORGANISATION' && it.organisation.code == 'OA' }";
        assertThat(answer.getString(oapi + ".__typename")).isEqualTo("OrganisationHit");
        assertThat(answer.getString(oapi + ".organisation.shortName")).isEqualTo("OAPI");
        assertThat(answer.getString(oapi + ".title")).isEqualTo("African Intellectual Property Organization");
        assertThat(answer.getDouble(oapi + ".rank")).as("member-service's best match").isEqualTo(1.0);
        assertThat(answer.getString(oapi + ".matchedVia")).isNull();
        assertThat(answer.getList("data.search.findAll { it.kind == 'ORGANISATION' }.organisation.code", String.class))
                .as("BOIP's name has the three words too").contains("OA", "BX");
        assertThat(answer.getList("data.search.rank", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        // member-service searched once for states and once for organisations, and asked at most once for the host
        // states of the events found (the meetings' titles name the Organization too), however many there are
        boolean eventHits = !answer.getList("data.search.findAll { it.kind == 'EVENT' && it.event.hostCountry }").isEmpty();
        Map<String, Long> expected = new HashMap<>(Map.of("/member-states/search", 1L, "/organisations/search", 1L));
        if (eventHits) {
            expected.put("/member-states/batch", 1L);
        }
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls)).isEqualTo(expected);

        JsonPath union = execute("search", Map.of("text", "European Union"))
                .body("errors", nullValue())
                .extract().jsonPath();
        String eu = "data.search.find { it.kind == 'ORGANISATION' && it.organisation.code == 'EU' }";
        assertThat(union.getString(eu + ".organisation.shortName")).isEqualTo("EU");
        assertThat(union.getString(eu + ".title")).isEqualTo("European Union");
        assertThat(union.getDouble(eu + ".rank")).isEqualTo(1.0);
        assertThat(union.getList("data.search.findAll { it.kind == 'ORGANISATION' }.organisation.code", String.class))
                .as("no other organisation is named European Union").containsExactly("EU");
    }

    @Test
    void theLimitBoundsTheMergedList() {
        execute("search", Map.of("text", "Beijing", "limit", 2))
                .body("errors", nullValue())
                .body("data.search.rank", contains(1.0f, 1.0f));
    }

    @Test
    void refusesBlankTextAndLimitsOutOfRange() {
        refused(execute("search", Map.of("text", "  ")), "search", "VALIDATION", "text");
        execute("search", Map.of("text", "Beijing", "limit", 101))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields", contains("limit"));
        execute("search", Map.of("text", "qqqxxxzzz"))
                .body("errors", nullValue())
                .body("data.search", equalTo(List.of()));
    }
}
