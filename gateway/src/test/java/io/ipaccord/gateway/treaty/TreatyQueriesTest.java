package io.ipaccord.gateway.treaty;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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

/** Treaties from the real treaty-service and its seed (the 31 treaties and their recorded instruments). */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class TreatyQueriesTest {

    @Inject MemberStateCache memberStateCache;

    /** The states of the seed's Beijing instruments, each bound from 2020-04-28 as the depositary published. */
    static final List<String> BEIJING_PARTIES = List.of("Botswana", "China", "Indonesia", "Japan",
            "Republic of Moldova", "Nigeria");

    @Test
    void theIssuesDoneQueryAnswersAsTheDepositaryPublished() {
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        memberStateCache.clear(); // the states a level asks for are counted from a cold cache
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        JsonPath answer = execute("treaty-done")
                .body("errors", nullValue())
                .body("data.treaty.status", equalTo("NOT_YET_IN_FORCE"))
                .body("data.treaty.entryIntoForce.date", equalTo("2020-04-28"))
                .extract().jsonPath();

        // the 30 instruments that brought it into force bind from 2020-04-28; later ones are still to come
        List<Map<String, Object>> parties = answer.getList("data.treaty.parties");
        List<Map<String, Object>> bound = parties.stream()
                .filter(p -> "2020-04-28".equals(p.get("bound"))).toList();
        assertThat(bound).hasSize(30);
        assertThat(bound.stream().map(p -> (String) ((Map<?, ?>) p.get("state")).get("name")).toList())
                .containsAll(BEIJING_PARTIES);
        assertThat(parties).allSatisfy(p -> assertThat((String) p.get("bound")).satisfiesAnyOf(
                date -> assertThat(date).isNull(), date -> assertThat(date).isGreaterThanOrEqualTo("2020-04-28")));
        // one call per field: the treaty today, its status on 2020-04-27, its parties on 2020-05-01, their names
        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls)).isEqualTo(Map.of(
                "/treaties/{code}", 1L, "/treaties/batch", 1L, "/memberships/by-treaty/batch", 1L));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls)).isEqualTo(Map.of("/member-states/batch", 1L));
    }

    @Test
    void treatyWithItsRuleEntryIntoForceAndInstruments() {
        JsonPath treaty = fields(execute("treaty", Map.of("code", "beijing")).body("errors", nullValue()), "data.treaty",
                "code", "BEIJING", "category", "IP_PROTECTION", "adoptedDate", "2012-06-24",
                "depositary", "Director General of WIPO", "status", "IN_FORCE",
                "rule.qualifyingTypes", contains("RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL"),
                "rule.conditions.count", contains(30), "rule.initialDelay.amount", 3,
                "rule.initialDelay.unit", "MONTHS", "rule.initialDelay.anchor", "DEPOSIT", "acts", hasSize(0),
                "entryIntoForce.date", "2020-04-28",
                // Indonesia's deposit of 28 January 2020 was the 30th
                "entryIntoForce.triggeringInstrument.state", "ID",
                "entryIntoForce.triggeringInstrument.depositDate", "2020-01-28")
                .extract().jsonPath();

        List<String> deposits = treaty.getList("data.treaty.instruments.depositDate");
        // every party's instrument (48) and the signatures
        assertThat(deposits).hasSizeGreaterThan(48).isSorted();
        assertThat(treaty.getList("data.treaty.instruments.treaty", String.class)).containsOnly("BEIJING");
        assertThat(treaty.getList("data.treaty.instruments.state", String.class)).contains("CN", "JP", "ID");
    }

    @Test
    void treatyWithActsAsOfADate() {
        fields(execute("treaty", Map.of("code", "BERNE", "asOf", "1990-01-01"))
                .body("errors", nullValue()), "data.treaty",
                "asOf", "1990-01-01", "status", "IN_FORCE", "rule.recordedEntryIntoForce", "1887-12-05",
                "acts.code", org.hamcrest.Matchers.hasItem("PARIS_1971"));
    }

    @Test
    void unknownTreatyIsNullWithoutError() {
        execute("treaty", Map.of("code", "NO_SUCH_TREATY"))
                .body("errors", nullValue())
                .body("data.treaty", nullValue());
    }

    @Test
    void treatiesFilteredByCategoryStatusAndParty() {
        execute("treaties", Map.of("filter", Map.of("category", "CLASSIFICATION")))
                .body("errors", nullValue())
                .body("data.treaties.code", contains("LOCARNO", "NICE", "STRASBOURG_IPC", "VIENNA"))
                .body("data.treaties.category", everyItem(equalTo("CLASSIFICATION")));

        execute("treaties", Map.of("filter", Map.of("status", "NOT_YET_IN_FORCE"), "asOf", "2020-04-27"))
                .body("errors", nullValue())
                .body("data.treaties.code", org.hamcrest.Matchers.hasItem("BEIJING"))
                .body("data.treaties.status", everyItem(equalTo("NOT_YET_IN_FORCE")))
                .body("data.treaties.asOf", everyItem(equalTo("2020-04-27")));

        Map<String, Object> boundByChina = new HashMap<>();
        boundByChina.put("filter", Map.of("party", "cn"));
        boundByChina.put("asOf", "2021-01-01");
        execute("treaties", boundByChina)
                .body("errors", nullValue())
                .body("data.treaties.code",
                        org.hamcrest.Matchers.hasItems("BEIJING", "BERNE", "MADRID_MARKS", "MADRID_PROTOCOL", "PARIS", "PCT"))
                .body("data.treaties.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("MARRAKESH")));
    }

    @Test
    void badFilterIsAValidationErrorOnItsPath() {
        refused(execute("treaties", Map.of("filter", Map.of("party", "C1"))), "treaties", "VALIDATION", "party");
    }

    @Test
    void statusAndPartiesOnOtherDatesCostOneCallPerDate() {
        Map<String, Long> before = ServiceMetrics.TREATY_SERVICE.requests();

        JsonPath answer = fields(execute("treaty-status-on-dates",
                Map.of("code", "BEIJING", "before", "2020-04-27", "after", "2020-04-28"))
                .body("errors", nullValue()), "data.treaty",
                "status", "IN_FORCE", "statusBefore", "NOT_YET_IN_FORCE", "statusAfter", "IN_FORCE",
                "partiesBefore.status", everyItem(org.hamcrest.Matchers.not(equalTo("BOUND")))).extract().jsonPath();

        assertThat(answer.getList("data.treaty.partiesBefore.partyCode", String.class))
                .containsExactlyInAnyOrderElementsOf(answer.getList("data.treaty.partiesAfter.partyCode", String.class))
                .contains("BW", "CN", "ID", "JP", "MD", "NG");
        List<Map<String, Object>> boundAfter = answer.<Map<String, Object>>getList("data.treaty.partiesAfter").stream()
                .filter(p -> "BOUND".equals(p.get("status"))).toList();
        assertThat(boundAfter).hasSize(30).allSatisfy(p -> assertThat(p.get("bound")).isEqualTo("2020-04-28"));
        assertThat(ServiceMetrics.TREATY_SERVICE.since(before)).isEqualTo(Map.of(
                "/treaties/{code}", 1L, "/treaties/batch", 2L, "/memberships/by-treaty/batch", 2L));
    }
}
