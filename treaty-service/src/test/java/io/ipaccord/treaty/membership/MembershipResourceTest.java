package io.ipaccord.treaty.membership;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** States' standing in the seeded treaties, one state or many per call, as the depositary published it. */
@QuarkusTest
class MembershipResourceTest {

    @Test
    void chinasTreatiesAsOfADateInTheOrderItWasBound() {
        JsonPath china = given().queryParam("asOf", "2020-05-01").get("/states/CN/treaties")
                .then().statusCode(200).extract().jsonPath();
        // The depositary's tables: bound first, by date, then the treaties China has only signed.
        assertThat(china.getList("findAll { it.status == 'BOUND' }.treaty", String.class))
                .containsExactly("WIPO_CONV", "PARIS", "MADRID_MARKS", "BERNE", "PHONOGRAMS", "PCT", "NICE", "MADRID_PROTOCOL",
                        "LOCARNO", "STRASBOURG_IPC", "WCT", "WPPT", "BEIJING");
        assertThat(china.getList("findAll { it.status == 'BOUND' }.bound", String.class))
                .containsExactly("1980-06-03", "1985-03-19", "1989-10-04", "1992-10-15", "1993-04-30", "1994-01-01", "1994-08-09",
                        "1995-12-01", "1996-09-19", "1997-06-19", "2007-06-09", "2007-06-09", "2020-04-28");
        assertThat(china.getList("state", String.class)).containsOnly("CN");
        assertThat(china.getList("findAll { it.status != 'BOUND' }.status", String.class)).containsOnly("SIGNATORY");
        assertThat(china.getList("findAll { it.status == 'SIGNATORY' }.treaty", String.class)).contains("MARRAKESH", "TLT");
        assertThat(china.getMap("find { it.treaty == 'BERNE' }")).containsEntry("act", "PARIS_1971")
                .containsEntry("instrumentType", "ACCESSION").containsEntry("deposited", "1992-07-10");

        given().queryParam("asOf", "2020-04-27").get("/states/CN/treaties").then().statusCode(200)
                .body("find { it.treaty == 'BEIJING' }.status", equalTo("CONTRACTING_NOT_YET_BOUND"));
    }

    @Test
    void aLaterPartyIsBoundAfterItsOwnDelayFromTheNotification() {
        JsonPath berne = given().queryParam("asOf", "2000-01-01").get("/treaties/BERNE/parties")
                .then().statusCode(200).extract().jsonPath();
        // China's accession (1992-07-10) was notified on 1992-07-15 (treaty_actions.csv): three months later, as the
        // depositary records; Indonesia's was notified the day it was deposited.
        assertThat(berne.getMap("find { it.state == 'CN' }")).containsEntry("bound", "1992-10-15")
                .containsEntry("computedBound", "1992-10-15").containsEntry("datesAgree", true).containsEntry("act", "PARIS_1971");
        assertThat(berne.getMap("find { it.state == 'ID' }")).containsEntry("bound", "1997-09-05")
                .containsEntry("computedBound", "1997-09-05");
    }

    @Test
    void batchesByStateAndByTreaty() {
        JsonPath byState = given().queryParam("states", "JP,CN,QQ").queryParam("asOf", "2020-05-01")
                .get("/memberships/batch").then().statusCode(200).extract().jsonPath();
        assertThat(byState.getMap("").keySet()).containsExactly("JP", "CN", "QQ");
        assertThat(byState.getList("JP.treaty", String.class)).contains("BERNE", "PARIS", "WCT", "BEIJING");
        assertThat(byState.getList("CN.findAll { it.status == 'BOUND' }")).hasSize(13);
        assertThat(byState.getList("QQ")).isEmpty();

        JsonPath byTreaty = given().queryParam("treaties", "WCT,NO_SUCH_TREATY,BEIJING").queryParam("asOf", "2020-05-01")
                .get("/memberships/by-treaty/batch").then().statusCode(200).extract().jsonPath();
        assertThat(byTreaty.getMap("").keySet()).containsExactly("WCT", "BEIJING");
        assertThat(byTreaty.getList("BEIJING.findAll { it.status == 'BOUND' }.state", String.class)).hasSize(30)
                .contains("BW", "CN", "ID", "JP", "MD", "NG");
        assertThat(byTreaty.getMap("WCT.find { it.state == 'NG' }")).containsEntry("bound", "2018-01-04");
    }

    @Test
    void refusesBadParametersAndUnknownStates() {
        problem(given().get("/states/QQ/treaties"), 404, "not-found");
        invalid(given().get("/states/cn/treaties"), "state");
        invalid(given().queryParam("asOf", "yesterday").get("/states/CN/treaties"), "asOf");
        invalid(given().get("/memberships/batch"), "states");
        invalid(given().queryParam("states", "CN,china").get("/memberships/batch"), "states");
        String tooMany = IntStream.range(0, 201).mapToObj(i -> "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26))
                .collect(Collectors.joining(","));
        problem(given().queryParam("states", tooMany).get("/memberships/batch"), 400, "validation");
        invalid(given().queryParam("treaties", "wct").get("/memberships/by-treaty/batch"), "treaties");
        given().queryParam("treaties", "NO_SUCH_TREATY").get("/memberships/by-treaty/batch").then().statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("states", "QQ").get("/memberships/batch").then().body("QQ", hasSize(0));
    }
}
