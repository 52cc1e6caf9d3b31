package io.ipaccord.member.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.member.OutboxRows;
import io.ipaccord.member.memberstate.MemberStateService;
import io.ipaccord.member.party.Alignment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The seed brings a database seeded from an earlier version of the reference file in line: a state whose facts
 * differ is updated (and published), the others are left alone and publish nothing; a second import changes nothing.
 */
@QuarkusTest
class MemberStateSeedTest {

    @Inject MemberStateService service;
    @Inject DataSource dataSource;

    @Test
    void importingAgainUpdatesOnlyWhatDiffersFromTheFileAndPublishesOnlyThat() throws SQLException {
        JsonPath micronesia = given().get("/member-states/FM").then().statusCode(200).extract().jsonPath();
        String seededDate = micronesia.getString("memberSince");
        given().contentType(ContentType.JSON)
                .body(Map.of("alpha3", micronesia.getString("alpha3"), "numeric", micronesia.getString("numeric"),
                        "name", micronesia.getString("name"), "memberSince", "2001-01-01",
                        "sources", micronesia.getList("sources"), "verified", micronesia.getString("verified")))
                .put("/member-states/FM").then().statusCode(200);
        long allBefore = outboxRows(null);
        long micronesiaBefore = outboxRows("FM");

        Map<Alignment, Long> first = MemberStateSeed.importAll(service);

        assertThat(first).isEqualTo(Map.of(Alignment.UPDATED, 1L, Alignment.UNCHANGED, 193L));
        assertThat(given().get("/member-states/FM").then().statusCode(200).extract().jsonPath().getString("memberSince"))
                .isEqualTo(seededDate);
        assertThat(outboxRows("FM")).as("events published for FM").isEqualTo(micronesiaBefore + 1);
        assertThat(outboxRows(null)).as("events published in all").isEqualTo(allBefore + 1);

        Map<Alignment, Long> second = MemberStateSeed.importAll(service);

        assertThat(second).isEqualTo(Map.of(Alignment.UNCHANGED, 194L));
        assertThat(outboxRows(null)).as("a second import publishes nothing").isEqualTo(allBefore + 1);
    }

    /** Outbox rows of the member-states topic, for one key or ({@code null}) in all. */
    private long outboxRows(String key) throws SQLException {
        return OutboxRows.count(dataSource, Topics.MEMBER_STATES, key);
    }
}
