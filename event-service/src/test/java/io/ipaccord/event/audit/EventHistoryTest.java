package io.ipaccord.event.audit;

import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.testing.auth.Refusals.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.event.events.TestEvents;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** An event's history: every change with who made it and when, kept after the event is removed. */
@QuarkusTest
class EventHistoryTest {

    private static final String ID = "EV-TEST-HISTORY";

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @BeforeEach
    void knownReferences() {
        TestEvents.knownReferences(objectMapper, dataSource);
    }

    @Test
    void anEventsHistoryNamesEachWriter() {
        String dora = Tokens.bearer(Tokens.signed("dora", Set.of("editor")));
        anonymous().header("Authorization", dora).contentType(ContentType.JSON).body(event(ID))
                .post("/events").then().statusCode(201);
        anonymous().header("Authorization", dora).post("/events/" + ID + "/cancel").then().statusCode(200);
        anonymous().header("Authorization", Tokens.bearer(Tokens.admin())).delete("/events/" + ID)
                .then().statusCode(204);

        JsonPath history = anonymous().get("/events/" + ID + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("type")).containsExactly(EventChangeType.SCHEDULED.ceType(),
                EventChangeType.CANCELLED.ceType(), EventChangeType.REMOVED.ceType());
        assertThat(history.getList("actor")).containsExactly("dora", "dora", Tokens.ADMIN_SUBJECT);
        assertThat(history.getString("[1].data.status")).isEqualTo("CANCELLED");
        anonymous().get("/events/EV-TEST-NO-HISTORY/history").then().statusCode(404);
    }
}
