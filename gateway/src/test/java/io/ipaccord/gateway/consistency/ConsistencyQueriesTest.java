package io.ipaccord.gateway.consistency;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.memberstate.MemberStateCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** treaty-service's consistency reports over its seed, through the gateway, parties resolved in one batch. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class ConsistencyQueriesTest {

    @Inject MemberStateCache memberStateCache;

    static final String TABLES_SAVED = "2026-02-03";

    @Test
    void theOverallReportIsTreatyServicesWithThePartiesResolved() {
        JsonPath rest = given().baseUri(treatyService()).queryParam("asOf", TABLES_SAVED).get("/consistency")
                .then().statusCode(200).extract().jsonPath();
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("consistency", Map.of("asOf", TABLES_SAVED))
                .body("errors", nullValue())
                .body("data.consistency.treatyCode", nullValue())
                .body("data.consistency.asOf", equalTo(TABLES_SAVED))
                .extract().jsonPath();

        String summary = "data.consistency.summary.";
        assertThat(answer.getInt(summary + "parties")).isEqualTo(rest.getInt("summary.parties")).isPositive();
        assertThat(answer.getInt(summary + "compared")).isEqualTo(rest.getInt("summary.compared"));
        int agreeing = answer.getInt(summary + "agreeing");
        int compared = answer.getInt(summary + "compared");
        assertThat(agreeing).isEqualTo(rest.getInt("summary.agreeing")).isLessThanOrEqualTo(compared);
        assertThat(answer.getDouble(summary + "agreement")).isCloseTo((double) agreeing / compared, within(1e-6));

        List<Map<String, Object>> reasons = answer.getList("data.consistency.reasons");
        assertThat(reasons).hasSize(rest.getList("reasons").size());
        List<Map<String, Object>> byReason = answer.getList(summary + "byReason");
        assertThat(byReason.stream().mapToInt(r -> (Integer) r.get("count")).sum())
                .isEqualTo(reasons.stream().mapToInt(r -> (Integer) r.get("count")).sum());
        assertThat(reasons).allSatisfy(group -> {
            List<?> parties = (List<?>) group.get("parties");
            assertThat(parties).hasSize((Integer) group.get("count"));
        });
        List<Map<String, Object>> parties = answer.getList("data.consistency.reasons.parties.flatten()");
        assertThat(parties).isNotEmpty().allSatisfy(p -> assertThat(p.get("party"))
                .as("party %s of %s", p.get("partyCode"), p.get("treatyCode")).isNotNull());
        assertThat(answer.getList("data.consistency.treaties.treatyCode", String.class))
                .isSorted().contains("BEIJING", "WCT", "PARIS");

        // however many parties: one call for the states, at most one for the organisations
        Map<String, Long> calls = ServiceMetrics.MEMBER_SERVICE.since(memberCalls);
        assertThat(calls).containsEntry("/member-states/batch", 1L);
        assertThat(calls.keySet()).isSubsetOf("/member-states/batch", "/organisations");
    }

    @Test
    void aTreatysReport() {
        JsonPath answer = execute("treaty-consistency", Map.of("code", "BEIJING", "asOf", TABLES_SAVED))
                .body("errors", nullValue())
                .body("data.treaty.consistency.treatyCode", equalTo("BEIJING"))
                .body("data.treaty.consistency.asOf", equalTo(TABLES_SAVED))
                .body("data.treaty.consistency.treaties", empty())
                .extract().jsonPath();
        assertThat(answer.getInt("data.treaty.consistency.summary.parties")).isEqualTo(48);
    }

    static String treatyService() {
        return ConfigProvider.getConfig().getValue(BackendServicesTestResource.TREATY_SERVICE_URL, String.class);
    }
}
