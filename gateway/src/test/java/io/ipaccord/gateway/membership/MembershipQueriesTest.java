package io.ipaccord.gateway.membership;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
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

        fields(execute("member-state-treaties", Map.of("code", "CN", "asOf", "2021-01-01"))
                .body("errors", nullValue()), "data.memberState",
                "name", "China",
                "treaties.treatyCode", contains("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING"),
                "treaties.bound",
                contains("1985-03-19", "1989-10-04", "1992-10-15", "1994-01-01", "1995-12-01", "2020-04-28"),
                "treaties.status", everyItem(equalTo("BOUND")), "treaties.stateCode", everyItem(equalTo("CN")),
                "treaties.asOf", everyItem(equalTo("2021-01-01")), "treaties[2].act", "PARIS_1971",
                "treaties[5].signed", "2012-06-26", "treaties[5].deposited", "2014-07-09",
                "treaties[5].treaty.shortName", "Beijing Treaty (BTAP)", "treaties[5].treaty.status", "IN_FORCE",
                "treaties[5].instrument.type", "RATIFICATION",
                "treaties[5].instrument.notificationReference", "Beijing Notification No. 5");

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

        JsonPath answer = execute("states-with-treaties", Map.of("first", 194, "asOf", "2021-01-01"))
                .body("errors", nullValue())
                .body("data.memberStates.nodes", hasSize(194))
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

        fields(execute("state-treaties-on-dates", Map.of("codes", List.of("CN", "ID"), "early", "1990-01-01",
                "late", "2021-01-01"))
                .body("errors", nullValue()), "data",
                "memberStatesByCode[0].early.treatyCode", contains("PARIS", "MADRID_MARKS"),
                "memberStatesByCode[0].late.treatyCode",
                contains("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING"),
                "memberStatesByCode[1].early", hasSize(0),
                "memberStatesByCode[1].late.treatyCode", contains("BERNE", "PCT", "BEIJING"));

        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of("/memberships/batch", 2L));
    }
}
