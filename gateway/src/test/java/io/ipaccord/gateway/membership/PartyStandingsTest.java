package io.ipaccord.gateway.membership;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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

/**
 * The depositary's tables in treaty-service's seed, read through the gateway as of the day they were saved: every
 * party, organisations among them, with the recorded and computed dates side by side.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class PartyStandingsTest {

    @Inject MemberStateCache memberStateCache;

    static final String TABLES_SAVED = "2026-02-03";

    @Test
    void beijingHas48Parties() {
        execute("treaty-parties", Map.of("code", "BEIJING", "asOf", TABLES_SAVED))
                .body("errors", nullValue())
                .body("data.treaty.partyCount", equalTo(48));
    }

    @Test
    void wctHas118PartiesWithTheEuropeanUnion() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("treaty-parties", Map.of("code", "WCT", "asOf", TABLES_SAVED))
                .body("errors", nullValue())
                .body("data.treaty.partyCount", equalTo(118))
                .extract().jsonPath();

        List<Map<String, Object>> parties = answer.getList("data.treaty.parties");
        Map<String, Object> eu = parties.stream().filter(p -> "EU".equals(p.get("partyCode"))).findFirst().orElseThrow();
        assertThat(eu).containsEntry("status", "BOUND").containsEntry("recordedBound", "2010-03-14")
                .containsEntry("bound", "2010-03-14");
        assertThat(eu.get("party")).isEqualTo(Map.of("code", "EU", "name", "European Union", "kind", "ORGANISATION",
                "shortName", "EU"));
        assertThat(parties).allSatisfy(p -> assertThat(p.get("party")).as("party of %s", p.get("partyCode")).isNotNull());
        // the parties' names: one call for the states, one for the organisation(s) among the rest
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls))
                .isEqualTo(Map.of("/member-states/batch", 1L, "/organisations", 1L));
    }

    /** bound is the recorded date where there is one; datesAgree and discrepancy say how the two compare. */
    @Test
    void recordedAndComputedSideBySide() {
        JsonPath answer = execute("treaty-parties", Map.of("code", "PARIS", "asOf", TABLES_SAVED))
                .body("errors", nullValue())
                .extract().jsonPath();

        List<Map<String, Object>> parties = answer.getList("data.treaty.parties");
        assertThat(parties).isNotEmpty().allSatisfy(p -> {
            Object recorded = p.get("recordedBound");
            Object computed = p.get("computedBound");
            if (recorded != null) {
                assertThat(p.get("bound")).as("bound of %s", p.get("partyCode")).isEqualTo(recorded);
            }
            if (recorded != null && computed != null) {
                assertThat(p.get("datesAgree")).as("datesAgree of %s", p.get("partyCode"))
                        .isEqualTo(recorded.equals(computed));
            } else {
                assertThat(p.get("datesAgree")).as("datesAgree of %s", p.get("partyCode")).isNull();
            }
            if (Boolean.TRUE.equals(p.get("datesAgree"))) {
                assertThat(p.get("discrepancy")).as("discrepancy of %s", p.get("partyCode")).isNull();
            }
            if (Boolean.FALSE.equals(p.get("datesAgree"))) {
                assertThat(p.get("discrepancy")).as("discrepancy of %s", p.get("partyCode")).isNotNull();
            }
        });
        assertThat(parties).anySatisfy(p -> assertThat(p.get("datesAgree")).isEqualTo(true));
        assertThat(parties).anySatisfy(p -> assertThat(p.get("discrepancy")).isNotNull());
    }
}
