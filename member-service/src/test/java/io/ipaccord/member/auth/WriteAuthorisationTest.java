package io.ipaccord.member.auth;

import static io.ipaccord.testing.auth.Refusals.anonymous;
import static io.ipaccord.testing.auth.Refusals.assertRefusedToAllButRole;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.member.OutboxRows;
import io.ipaccord.testing.auth.Refusals;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Reads are public; every write needs a signed token with the right role, verified by member-service itself, and a
 * refused write changes nothing (no row, no outbox message). Codes XH-XJ are ISO user-assigned ones, unused by other tests.
 */
@QuarkusTest
class WriteAuthorisationTest {

    @Inject DataSource dataSource;

    @Test
    void readsNeedNoToken() {
        anonymous().get("/member-states/CN").then().statusCode(200).body("name", equalTo("China"));
        anonymous().get("/organisations/EU").then().statusCode(200);
    }

    @Test
    void registeringNeedsAnEditorAndARefusalWritesNothing() throws SQLException {
        long outbox = OutboxRows.count(dataSource, Topics.MEMBER_STATES, null);
        Map<String, String> state = Map.of("code", "XH", "alpha3", "XHH", "numeric", "981", "name", "Refused Republic");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON).body(state),
                request -> request.post("/member-states"), "editor");
        anonymous().get("/member-states/XH").then().statusCode(404);
        assertThat(OutboxRows.count(dataSource, Topics.MEMBER_STATES, null)).isEqualTo(outbox);

        anonymous().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON).body(state)
                .post("/member-states").then().statusCode(201);
        anonymous().get("/member-states/XH").then().statusCode(200).body("name", equalTo("Refused Republic"));
    }

    @Test
    void updatesAndSeatsNeedAnEditorRemovalsAnAdmin() throws SQLException {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "XI", "alpha3", "XII", "numeric", "982", "name", "Kept Republic"))
                .post("/member-states").then().statusCode(201);
        long outbox = OutboxRows.count(dataSource, Topics.MEMBER_STATES, "XI");

        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("alpha3", "XII", "numeric", "982", "name", "Renamed Republic")),
                request -> request.put("/member-states/XI"), "editor");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("body", "GENERAL_ASSEMBLY", "role", "MEMBER", "termFrom", "2020-01-01")),
                request -> request.post("/member-states/XI/seats"), "editor");
        assertRefusedToAllButRole(Refusals::anonymous,
                request -> request.delete("/member-states/XI"), "admin");
        anonymous().get("/member-states/XI").then().statusCode(200).body("name", equalTo("Kept Republic"));
        assertThat(OutboxRows.count(dataSource, Topics.MEMBER_STATES, "XI")).isEqualTo(outbox);

        anonymous().header("Authorization", Tokens.bearer(Tokens.admin())).delete("/member-states/XI")
                .then().statusCode(204);
        anonymous().get("/member-states/XI").then().statusCode(404);
    }

    @Test
    void organisationWritesNeedAnEditor() throws SQLException {
        long outbox = OutboxRows.count(dataSource, Topics.ORGANISATIONS, null);
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("code", "XJ", "name", "Refused Organisation", "shortName", "RO")),
                request -> request.post("/organisations"), "editor");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed Union", "shortName", "EU")),
                request -> request.put("/organisations/EU"), "editor");
        anonymous().get("/organisations/XJ").then().statusCode(404);
        assertThat(OutboxRows.count(dataSource, Topics.ORGANISATIONS, null)).isEqualTo(outbox);
    }
}
