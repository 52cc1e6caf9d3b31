package io.ipaccord.gateway.organisation;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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

/** Parties (member states and organisations) from the real member-service and its seed. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class PartyQueriesTest {

    @Inject MemberStateCache memberStateCache;

    @Test
    void theEuropeanUnionIsAnOrganisation() {
        fields(execute("party", Map.of("code", "EU")).body("errors", nullValue()), "data.party",
                "code", "EU", "name", "European Union", "kind", "ORGANISATION", "shortName", "EU",
                "verified", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aStateIsAPartyToo() {
        fields(execute("party", Map.of("code", " cn ")).body("errors", nullValue()), "data.party",
                "code", "CN", "name", "China", "kind", "MEMBER_STATE", "alpha3", "CHN", "memberSince", "1980-06-03");
        execute("party", Map.of("code", "XQ")).body("errors", nullValue()).body("data.party", nullValue());
    }

    @Test
    void partiesPositionForPositionOneCallPerEndpoint() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("parties", Map.of("codes", List.of("CN", "EU", "XQ", "oa", "CN")))
                .body("errors", nullValue())
                .extract().jsonPath();

        List<Map<String, Object>> parties = answer.getList("data.parties");
        assertThat(parties).hasSize(5);
        assertThat(parties.get(0)).isEqualTo(Map.of("code", "CN", "name", "China", "kind", "MEMBER_STATE"));
        assertThat(parties.get(1)).isEqualTo(Map.of("code", "EU", "name", "European Union", "kind", "ORGANISATION"));
        assertThat(parties.get(2)).isNull();
        assertThat(parties.get(3)).isEqualTo(Map.of("code", "OA", "name", "African Intellectual Property Organization",
                "kind", "ORGANISATION"));
        assertThat(parties.get(4)).isEqualTo(parties.get(0));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before))
                .isEqualTo(Map.of("/member-states/batch", 1L, "/organisations", 1L));
    }

    @Test
    void statesAloneNeverAskForOrganisations() {
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();
        execute("parties", Map.of("codes", List.of("CN", "FR"))).body("errors", nullValue())
                .body("data.parties.kind", contains("MEMBER_STATE", "MEMBER_STATE"));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEqualTo(Map.of("/member-states/batch", 1L));
    }

    @Test
    void theSeededOrganisations() {
        execute("organisations").body("errors", nullValue())
                .body("data.organisations.code", contains("BX", "EA", "EP", "EU", "OA"))
                .body("data.organisations.kind", org.hamcrest.Matchers.everyItem(equalTo("ORGANISATION")))
                .body("data.organisation.shortName", equalTo("OAPI"))
                .body("data.unknown", nullValue());
    }

    @Test
    void all194MemberStatesWithTheirMembershipDates() {
        JsonPath answer = execute("all-member-states").body("errors", nullValue())
                .body("data.memberStates.totalCount", equalTo(194))
                .extract().jsonPath();
        assertThat(answer.getList("data.memberStates.nodes")).hasSize(194);
        assertThat(answer.getList("data.memberStates.nodes.memberSince")).doesNotContainNull();
        assertThat(answer.getList("data.memberStates.nodes.code")).contains("FM").doesNotContain("EU");
    }

    @Test
    void anOrganisationsTimelineHasNoWipoMembership() {
        JsonPath answer = execute("timeline", Map.of("state", "EU", "to", "2030-12-31"))
                .body("errors", nullValue())
                .body("data.timeline.kind", not(hasItem("WIPO_MEMBERSHIP")))
                .body("data.timeline.kind", hasItem("INSTRUMENT"))
                .extract().jsonPath();
        List<String> titles = answer.getList("data.timeline.title");
        assertThat(titles).anySatisfy(title -> assertThat(title).isEqualTo("Ratification by European Union: WCT"));
    }
}
