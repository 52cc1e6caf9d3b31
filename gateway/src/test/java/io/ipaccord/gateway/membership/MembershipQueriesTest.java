package io.ipaccord.gateway.membership;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** States' standings in treaties, joining member-service and treaty-service, batched level by level. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MembershipQueriesTest {

    @Test
    void chinasTreatiesFromTheSeed() {
        Map<String, Long> before = ServiceMetrics.TREATY_SERVICE.requests();

        execute("member-state-treaties", Map.of("code", "CN", "asOf", "2021-01-01"))
                .body("errors", nullValue())
                .body("data.memberState.name", equalTo("China"))
                .body("data.memberState.treaties.treatyCode",
                        contains("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING"))
                .body("data.memberState.treaties.bound",
                        contains("1985-03-19", "1989-10-04", "1992-10-15", "1994-01-01", "1995-12-01", "2020-04-28"))
                .body("data.memberState.treaties.status", everyItem(equalTo("BOUND")))
                .body("data.memberState.treaties.stateCode", everyItem(equalTo("CN")))
                .body("data.memberState.treaties.asOf", everyItem(equalTo("2021-01-01")))
                .body("data.memberState.treaties[2].act", equalTo("PARIS_1971"))
                .body("data.memberState.treaties[5].signed", equalTo("2012-06-26"))
                .body("data.memberState.treaties[5].deposited", equalTo("2014-07-09"))
                .body("data.memberState.treaties[5].treaty.shortName", equalTo("Beijing Treaty (BTAP)"))
                .body("data.memberState.treaties[5].treaty.status", equalTo("IN_FORCE"))
                .body("data.memberState.treaties[5].instrument.type", equalTo("RATIFICATION"))
                .body("data.memberState.treaties[5].instrument.notificationReference",
                        equalTo("Beijing Notification No. 5"));

        // standings, their treaties, their instruments (one state: listed by state): one call each
        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of(
                "/memberships/batch", 1L, "/treaties/batch", 1L, "/instruments", 1L));
    }

    @Test
    void aStateWithoutInstrumentsHasNoTreaties() {
        execute("member-state-treaties", Map.of("code", "FR"))
                .body("errors", nullValue())
                .body("data.memberState.name", equalTo("France"))
                .body("data.memberState.treaties", hasSize(0));
    }

    @Test
    void manyStatesWithTheirTreatiesCostOneBackendCallPerLevel() {
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("states-with-treaties", Map.of("first", 193, "asOf", "2021-01-01"))
                .body("errors", nullValue())
                .body("data.memberStates.nodes", hasSize(193))
                .extract().jsonPath();

        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls))
                .isEqualTo(Map.of("/member-states", 1L, "/member-states/batch", 1L));
        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls))
                .isEqualTo(Map.of("/memberships/batch", 1L, "/treaties/batch", 1L));
        String indonesia = "data.memberStates.nodes.find { it.code == 'ID' }.treaties";
        assertThat(answer.getList(indonesia + ".treaty.code", String.class)).containsExactly("BERNE", "PCT", "BEIJING");
        assertThat(answer.getList(indonesia + ".state.name", String.class)).containsOnly("Indonesia");
        assertThat(answer.getList("data.memberStates.nodes.find { it.code == 'FR' }.treaties")).isEmpty();
        int memberships = answer.getList("data.memberStates.nodes.treaties.flatten()").size();
        assertThat(memberships).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aliasesAskingDifferentDatesEachGetTheirOwn() {
        Map<String, Long> before = ServiceMetrics.TREATY_SERVICE.requests();

        execute("state-treaties-on-dates", Map.of("codes", List.of("CN", "ID"), "early", "1990-01-01",
                "late", "2021-01-01"))
                .body("errors", nullValue())
                .body("data.memberStatesByCode[0].early.treatyCode", contains("PARIS", "MADRID_MARKS"))
                .body("data.memberStatesByCode[0].late.treatyCode",
                        contains("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING"))
                .body("data.memberStatesByCode[1].early", hasSize(0))
                .body("data.memberStatesByCode[1].late.treatyCode", contains("BERNE", "PCT", "BEIJING"));

        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of("/memberships/batch", 2L));
    }
}
