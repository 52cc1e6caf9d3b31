package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Queries against the real member-service and its seed of 194 states. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MemberStateQueriesTest {

    @Inject MemberStateCache memberStateCache;

    @Test
    void memberStateFromTheSeed() {
        fields(execute("member-state", Map.of("code", "CN")).body("errors", nullValue()), "data.memberState",
                "name", "China", "memberSince", "1980-06-03", "alpha3", "CHN", "numeric", "156", "verified", "YES");
    }

    @Test
    void unknownCodeIsNullWithoutError() {
        execute("member-state", Map.of("code", "QQ"))
                .body("errors", nullValue())
                .body("data.memberState", nullValue());
    }

    @Test
    void pagesThroughAFilteredListWithoutGapsOrOverlaps() {
        Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("nameContains", "land"), "first", 3));
        List<String> seen = new ArrayList<>();
        int totalCount = -1;
        boolean hasNextPage = true;
        while (hasNextPage) {
            JsonPath page = execute("member-states", variables).body("errors", nullValue()).extract().jsonPath();
            totalCount = page.getInt("data.memberStates.totalCount");
            List<String> names = page.getList("data.memberStates.edges.node.name");
            assertThat(names).hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT)).contains("land"));
            assertThat(page.getList("data.memberStates.nodes.code", String.class))
                    .isEqualTo(page.getList("data.memberStates.edges.node.code", String.class));
            seen.addAll(names);
            hasNextPage = page.getBoolean("data.memberStates.pageInfo.hasNextPage");
            variables.put("after", page.getString("data.memberStates.pageInfo.endCursor"));
        }
        assertThat(totalCount).isGreaterThan(3);
        List<String> inOnePage = execute("member-states",
                Map.of("filter", Map.of("nameContains", "land"), "first", 500))
                .extract().path("data.memberStates.edges.node.name");
        assertThat(seen).hasSize(totalCount).isEqualTo(inOnePage);
    }

    @Test
    void anyEdgeCursorContinuesRightAfterThatEdge() {
        JsonPath first = execute("member-states", Map.of("first", 5, "sort", "CODE")).extract().jsonPath();
        List<String> codes = first.getList("data.memberStates.nodes.code");

        execute("member-states", Map.of("first", 2, "sort", "CODE",
                "after", first.getString("data.memberStates.edges[1].cursor")))
                .body("errors", nullValue())
                .body("data.memberStates.nodes.code", contains(codes.get(2), codes.get(3)));
    }

    @Test
    void filtersByMembershipDatesInDateOrder() {
        JsonPath page = execute("member-states", Map.of(
                "filter", Map.of("memberSinceFrom", "1970-01-01", "memberSinceTo", "1970-12-31"),
                "sort", "MEMBER_SINCE", "first", 50))
                .body("errors", nullValue())
                .extract().jsonPath();

        List<String> dates = page.getList("data.memberStates.edges.node.memberSince");
        assertThat(page.getList("data.memberStates.nodes.code", String.class)).contains("CH");
        assertThat(dates).isNotEmpty().isSorted()
                .allSatisfy(d -> assertThat(LocalDate.parse(d)).hasYear(1970));
    }

    @Test
    void oneHundredFiftyStatesWithTheirSeatsCostOneBackendCall() {
        String seatId = execute("add-body-seat", Map.of("code", "CN", "input", Map.of(
                "body", "COORDINATION_COMMITTEE", "role", "MEMBER", "termFrom", "2023-10-01")))
                .body("errors", nullValue())
                .extract().path("data.addBodySeat.id");
        try {
            Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

            JsonPath result = execute("member-states-with-bodies", Map.of("first", 150))
                    .body("errors", nullValue())
                    .body("data.memberStates.nodes", hasSize(150))
                    .extract().jsonPath();

            assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEqualTo(Map.of("/member-states", 1L));
            Map<String, Object> china = result.getMap("data.memberStates.nodes.find { it.code == 'CN' }");
            assertThat(china).containsEntry("name", "China");
            assertThat(result.getList("data.memberStates.nodes.find { it.code == 'CN' }.bodies.body"))
                    .containsExactly("COORDINATION_COMMITTEE");

            execute("member-states", Map.of("filter", Map.of("body", "COORDINATION_COMMITTEE")))
                    .body("data.memberStates.nodes.code", contains("CN"));
        } finally {
            execute("remove-body-seat", Map.of("code", "CN", "seatId", seatId)).body("errors", nullValue());
        }
    }

    @Test
    void statesByCodeInOneBatchCall() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        fields(execute("member-states-by-code", Map.of("codes", List.of("CN", "FR", "QQ", "cn")))
                .body("errors", nullValue()), "data",
                "memberStatesByCode", hasSize(4), "memberStatesByCode[0].name", "China",
                "memberStatesByCode[1].name", "France", "memberStatesByCode[2]", nullValue(),
                "memberStatesByCode[3].code", "CN");

        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEqualTo(Map.of("/member-states/batch", 1L));
    }

    @Test
    void aFailingFieldLeavesItsSiblingsData() {
        refused(execute("partial-data", Map.of("code", "CN")), "broken", "VALIDATION", "first")
                .body("data.known.name", equalTo("China"))
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo("first: must be between 1 and 500"));
    }

    @Test
    void foreignCursorIsAValidationError() {
        refused(execute("member-states", Map.of("after", "bm90LW91cnM")), "memberStates", "VALIDATION", "after");
    }
}
