package io.ipaccord.gateway.membership;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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

/** States' standings in treaties, joining member-service and treaty-service, batched level by level. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MembershipQueriesTest {

    @Inject MemberStateCache memberStateCache;

    @Test
    void chinasTreatiesFromTheSeed() {
        Map<String, Long> before = ServiceMetrics.TREATY_SERVICE.requests();

        String beijing = "treaties.find { it.treatyCode == 'BEIJING' }.";
        JsonPath answer = fields(execute("member-state-treaties", Map.of("code", "CN", "asOf", "2021-01-01"))
                .body("errors", nullValue()), "data.memberState",
                "name", "China",
                "treaties.partyCode", everyItem(equalTo("CN")), beijing + "status", "BOUND",
                "treaties.asOf", everyItem(equalTo("2021-01-01")),
                "treaties.find { it.treatyCode == 'BERNE' }.act", "PARIS_1971",
                "treaties.find { it.treatyCode == 'BERNE' }.bound", "1992-10-15",
                beijing + "bound", "2020-04-28", beijing + "signed", "2012-06-26", beijing + "deposited", "2014-07-09",
                beijing + "treaty.shortName", "Beijing Treaty (BTAP)", beijing + "treaty.status", "IN_FORCE",
                beijing + "instrument.type", "RATIFICATION",
                beijing + "instrument.notificationReference", "Beijing Notification No. 5")
                .extract().jsonPath();
        // by bound date: China's path from Paris (1985) to Beijing (2020), with the depositary's other tables between
        assertThat(answer.getList("data.memberState.treaties.treatyCode", String.class))
                .containsSubsequence("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING");
        assertThat(answer.getList("data.memberState.treaties.bound", String.class).stream()
                .filter(java.util.Objects::nonNull).toList()).isSorted();

        // standings, their treaties, their instruments (one state: listed by state): one call each
        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of(
                "/memberships/batch", 1L, "/treaties/batch", 1L, "/instruments", 1L));
    }

    @Test
    void aPartyWithoutInstrumentsHasNoTreaties() {
        // the European Patent Organisation is party to none of the depositary's tables
        execute("party-treaties", Map.of("code", "EP"))
                .body("errors", nullValue())
                .body("data.party.name", equalTo("European Patent Organisation"))
                .body("data.party.treaties", hasSize(0));
    }

    @Test
    void manyStatesWithTheirTreatiesCostOneBackendCallPerLevel() {
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
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
        assertThat(answer.getList(indonesia + ".treaty.code", String.class)).containsSubsequence("BERNE", "PCT", "BEIJING");
        assertThat(answer.getList(indonesia + ".state.name", String.class)).containsOnly("Indonesia");
        int memberships = answer.getList("data.memberStates.nodes.treaties.flatten()").size();
        assertThat(memberships).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aliasesAskingDifferentDatesEachGetTheirOwn() {
        Map<String, Long> before = ServiceMetrics.TREATY_SERVICE.requests();

        fields(execute("state-treaties-on-dates", Map.of("codes", List.of("CN", "ID"), "early", "1990-01-01",
                "late", "2021-01-01"))
                .body("errors", nullValue()), "data",
                "memberStatesByCode[0].early.treatyCode", hasItems("PARIS", "MADRID_MARKS"),
                "memberStatesByCode[0].early.treatyCode", allOf(not(hasItem("BERNE")), not(hasItem("BEIJING"))),
                "memberStatesByCode[0].late.treatyCode",
                hasItems("PARIS", "MADRID_MARKS", "BERNE", "PCT", "MADRID_PROTOCOL", "BEIJING"),
                "memberStatesByCode[1].early.treatyCode", allOf(not(hasItem("PCT")), not(hasItem("BEIJING"))),
                "memberStatesByCode[1].late.treatyCode", hasItems("BERNE", "PCT", "BEIJING"));

        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of("/memberships/batch", 2L));
    }
}
