package io.ipaccord.gateway.event;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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

/** Events from the seed of event-service, joined with member-service's states and treaty-service's treaties. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class EventQueriesTest {

    @Inject MemberStateCache memberStateCache;

    static final String VISIT = "EV-2024-DG-CN-VISIT";
    static final String CONFERENCE = "EV-2012-AVP-DC";

    @Test
    void theVisitOf2024WithTheForumAndConferenceItContained() {
        fields(execute("event", Map.of("id", VISIT)).body("errors", nullValue()), "data.event",
                "type", "OFFICIAL_VISIT", "startDate", "2024-09-09", "endDate", "2024-09-14",
                "city", "Nanchang; Jingdezhen; Beijing", "status", "HELD", "verified", "PARTIAL",
                "host.name", "China", "parent", nullValue(), "childIds", contains("EV-2024-ICF", "EV-2024-BRI-IP-3"),
                "children.id", contains("EV-2024-ICF", "EV-2024-BRI-IP-3"),
                "children.parent.id", everyItem(equalTo(VISIT)));
    }

    @Test
    void theDiplomaticConferenceKeepsEveryFigureWithItsSource() {
        fields(execute("event", Map.of("id", CONFERENCE)).body("errors", nullValue()), "data.event",
                "type", "DIPLOMATIC_CONFERENCE",
                "title", "Diplomatic Conference on the Protection of Audiovisual Performances", "host.code", "CN",
                "relatedTreaties.code", contains("BEIJING"), "relatedTreaties[0].shortName", "Beijing Treaty (BTAP)",
                "attendance.findAll { it.measure == 'MEMBER_STATES' }.value", containsInAnyOrder(156, 154),
                "attendance.find { it.value == 156 }.source", "WIPO figures",
                "attendance.find { it.value == 154 }.source", "Beijing municipal account",
                "attendance.find { it.measure == 'DELEGATES' }.value", 721,
                "participants.find { it.role == 'HOST' }.name", "Government of China");
    }

    @Test
    void theForumBelongsToItsSeriesAndToTheVisit() {
        fields(execute("event", Map.of("id", "EV-2024-ICF")).body("errors", nullValue()), "data.event",
                "series.code", "INTL_COPYRIGHT_FORUM", "series.name", "International Copyright Forum",
                "parentId", VISIT, "parent.title", "WIPO Director General Daren Tang official visit to China",
                "children", hasSize(0));
    }

    @Test
    void theRoundtableWithItsInvitedAssociationsAndMedia() {
        JsonPath event = execute("event", Map.of("id", "EV-2022-WOC-RT-ASSOC"))
                .body("errors", nullValue())
                .extract().jsonPath();
        List<Map<String, Object>> invitees = event.getList("data.event.participants.findAll { it.role == 'INVITEE' }");
        assertThat(invitees).extracting(p -> p.get("name"))
                .contains("China Trademark Association", "Music Copyright Society of China", "China Daily");
        assertThat(invitees).extracting(p -> p.get("organisationType")).contains("ASSOCIATION", "CMO", "MEDIA");
    }

    @Test
    void anEventRelatesStatesBesidesItsHost() {
        execute("event", Map.of("id", "EV-2020-BTAP-EIF"))
                .body("errors", nullValue())
                .body("data.event.host.name", equalTo("China"))
                .body("data.event.relatedStateCodes", contains("ID"))
                .body("data.event.relatedStates.name", contains("Indonesia"));
    }

    @Test
    void anUnknownEventIsNullAndAMalformedIdIsRefused() {
        execute("event", Map.of("id", "EV-NO-SUCH-EVENT"))
                .body("errors", nullValue())
                .body("data.event", nullValue());
        refused(execute("event", Map.of("id", "not an id")), "event", "VALIDATION", "id");
    }

    @Test
    void filtersAndPagesWithACursorPerEdge() {
        Map<String, Object> filter = Map.of("state", "cn", "from", "2024-01-01", "to", "2024-12-31");
        JsonPath first = execute("events", Map.of("filter", filter, "first", 2))
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(3))
                .body("data.events.edges.node.id", contains(VISIT, "EV-2024-ICF"))
                .body("data.events.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        execute("events", Map.of("filter", filter, "first", 2,
                "after", first.getString("data.events.pageInfo.endCursor")))
                .body("data.events.edges.node.id", contains("EV-2024-BRI-IP-3"))
                .body("data.events.pageInfo.hasNextPage", equalTo(false));
        // any edge's cursor continues right after it
        execute("events", Map.of("filter", filter, "first", 5,
                "after", first.getString("data.events.edges[0].cursor")))
                .body("data.events.edges.node.id", contains("EV-2024-ICF", "EV-2024-BRI-IP-3"));

        execute("events", Map.of("filter", Map.of("host", "CN", "type", "ROUNDTABLE"), "sort", "TITLE_DESC"))
                .body("errors", nullValue())
                .body("data.events.edges.node.id", contains("EV-2022-WOC-RT-GOV", "EV-2022-WOC-RT-ASSOC"));
        execute("events", Map.of("filter", Map.of("treaty", "GRATK")))
                .body("data.events.edges.node.id", contains("EV-2024-GRATK-DC"));
        execute("events", Map.of("filter", Map.of("organisation", "Music Copyright Society")))
                .body("data.events.edges.node.id", contains("EV-2022-WOC-RT-ASSOC"));

        refused(execute("events", Map.of("first", 0)), "events", "VALIDATION", "first");
        execute("events", Map.of("after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields", contains("after"));
        execute("events", Map.of("filter", Map.of("from", "2024-01-01", "to", "2023-01-01")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields", contains("to"));
    }

    @Test
    void theEventsOfAStateAndOfATreaty() {
        JsonPath answer = execute("state-and-treaty-events", Map.of("state", "CN", "treaty", "BEIJING"))
                .body("errors", nullValue())
                .body("data.memberState.name", equalTo("China"))
                .body("data.treaty.events.id", hasItems(CONFERENCE, "EV-2014-CN-BTAP-RATIF", "EV-2020-BTAP-EIF",
                        "EV-2021-BTAP-1YR"))
                .body("data.treaty.events.relatedTreatyCodes", everyItem(hasItem("BEIJING")))
                .extract().jsonPath();
        List<String> chinese = answer.getList("data.memberState.events.id", String.class);
        assertThat(chinese).contains(CONFERENCE, "EV-2014-CN-BTAP-RATIF", "EV-2014-WOC-OPEN", "EV-2020-BTAP-EIF",
                "EV-2021-BTAP-1YR", "EV-2022-WOC-RT-GOV", "EV-2022-WOC-RT-ASSOC", "EV-2023-CN-WIPO-50", VISIT,
                "EV-2024-ICF", "EV-2024-BRI-IP-3", "EV-2018-BRI-IP")
                .doesNotContain("EV-2024-A65", "EV-2024-GRATK-DC");
        assertThat(answer.getList("data.memberState.events.startDate", String.class)).isSorted();

        // hosted or related: Indonesia is related to the Beijing Treaty's entry into force
        execute("state-and-treaty-events", Map.of("state", "ID", "treaty", "GRATK"))
                .body("errors", nullValue())
                .body("data.memberState.events.id", hasItem("EV-2020-BTAP-EIF"))
                .body("data.treaty.events.id", contains("EV-2024-GRATK-DC"));
    }

    /**
     * 50 events with their host, related states and treaties, parent and children, and the events of each host:
     * each backend endpoint is called once, whatever the number of events (host and related states share one
     * member-service call).
     */
    @Test
    void fiftyEventsWithTheirLinksCostOneBackendCallPerLevel() {
        List<String> states = execute("member-states", Map.of("first", 60, "sort", "CODE"))
                .extract().jsonPath().getList("data.memberStates.nodes.code", String.class);
        List<String> treaties = List.of("BEIJING", "BERNE", "WCT", "WPPT", "MARRAKESH", "PCT", "PARIS");
        String parent = "EV-GW-COST-00";
        for (int i = 0; i < 50; i++) {
            Map<String, Object> input = EventInputs.event(String.format("EV-GW-COST-%02d", i), "CONFERENCE",
                    "Cost test conference " + i, String.format("2040-%02d-%02d", 1 + i % 12, 1 + i % 28),
                    states.get(i));
            input.put("relatedTreaties", List.of(treaties.get(i % treaties.size()),
                    treaties.get((i + 3) % treaties.size())));
            input.put("relatedStates", List.of(states.get((i + 7) % 50)));
            if (i > 0 && i % 5 == 0) {
                input.put("parentId", parent);
            }
            execute("schedule-event", Map.of("input", input)).body("errors", nullValue());
        }
        Map<String, Long> eventCalls = ServiceMetrics.EVENT_SERVICE.requests();
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();

        JsonPath answer = execute("events-with-links", Map.of("filter", Map.of("from", "2040-01-01",
                "to", "2040-12-31"), "first", 50))
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(50))
                .body("data.events.nodes", hasSize(50))
                .extract().jsonPath();

        assertThat(ServiceMetrics.EVENT_SERVICE.since(eventCalls)).isEqualTo(Map.of("/events", 1L,
                "/events/batch", 1L, "/events/children/batch", 1L, "/events/by-state/batch", 1L));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls)).isEqualTo(Map.of("/member-states/batch", 1L));
        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls)).isEqualTo(Map.of("/treaties/batch", 1L));

        for (int i = 0; i < 50; i++) {
            String id = String.format("EV-GW-COST-%02d", i);
            String node = "data.events.nodes.find { it.id == '" + id + "' }";
            assertThat(answer.getString(node + ".host.code")).isEqualTo(states.get(i));
            assertThat(answer.getString(node + ".host.name")).isNotBlank();
            assertThat(answer.getList(node + ".host.events.id", String.class)).contains(id);
            assertThat(answer.getList(node + ".relatedTreaties.code", String.class)).containsExactly(
                    treaties.get(i % treaties.size()), treaties.get((i + 3) % treaties.size()));
            assertThat(answer.getList(node + ".relatedStates.code", String.class))
                    .containsExactly(states.get((i + 7) % 50));
            assertThat(answer.getString(node + ".parent.id")).isEqualTo(i > 0 && i % 5 == 0 ? parent : null);
        }
        assertThat(answer.getList("data.events.nodes.find { it.id == '" + parent + "' }.children.id", String.class))
                .containsExactlyInAnyOrder("EV-GW-COST-05", "EV-GW-COST-10", "EV-GW-COST-15", "EV-GW-COST-20",
                        "EV-GW-COST-25", "EV-GW-COST-30", "EV-GW-COST-35", "EV-GW-COST-40", "EV-GW-COST-45");
    }
}
