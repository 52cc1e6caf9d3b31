package io.ipaccord.event.auth;

import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.event.events.TestEvents.outboxRows;
import static io.ipaccord.testing.auth.Refusals.anonymous;
import static io.ipaccord.testing.auth.Refusals.assertRefusedToAllButRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.event.events.TestEvents;
import io.ipaccord.testing.auth.Refusals;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Reads are public; scheduling, changing and cancelling an event and adding participants or figures need an editor;
 * removals and the meetings import need an admin. A refused write changes nothing (no row, no outbox message).
 */
@QuarkusTest
class WriteAuthorisationTest {

    private static final String ID = "EV-TEST-AUTH";

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @BeforeEach
    void knownReferences() {
        TestEvents.knownReferences(objectMapper, dataSource);
    }

    @Test
    void readsNeedNoToken() {
        anonymous().get("/events").then().statusCode(200);
    }

    @Test
    void schedulingNeedsAnEditor() {
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON).body(event("EV-TEST-AUTH-REFUSED")),
                request -> request.post("/events"), "editor");
        anonymous().get("/events/EV-TEST-AUTH-REFUSED").then().statusCode(404);
        assertThat(outboxRows(dataSource, "EV-TEST-AUTH-REFUSED")).isZero();
        anonymous().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(event("EV-TEST-AUTH-EDITOR")).post("/events").then().statusCode(201);
    }

    @Test
    void changesNeedAnEditorAndRemovalsAnAdmin() {
        TestEvents.create(event(ID));
        long participant = anonymous().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "name", "Kept Speaker", "role", "SPEAKER"))
                .post("/events/" + ID + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        long rows = outboxRows(dataSource, ID);

        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON).body(event(ID, "title", "Renamed")),
                request -> request.put("/events/" + ID), "editor");
        assertRefusedToAllButRole(Refusals::anonymous, request -> request.post("/events/" + ID + "/cancel"), "editor");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "name", "Refused Speaker", "role", "SPEAKER")),
                request -> request.post("/events/" + ID + "/participants"), "editor");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(Map.of("measure", "MEMBER_STATES", "value", 100, "source", "https://example.org/auth")),
                request -> request.post("/events/" + ID + "/attendance"), "editor");
        assertRefusedToAllButRole(Refusals::anonymous,
                request -> request.delete("/events/" + ID + "/participants/" + participant), "admin");
        assertRefusedToAllButRole(Refusals::anonymous, request -> request.delete("/events/" + ID), "admin");

        anonymous().get("/events/" + ID).then().statusCode(200)
                .body("title", equalTo("Test forum " + ID)).body("status", equalTo("PLANNED"))
                .body("participants", hasSize(1)).body("attendance", hasSize(0));
        assertThat(outboxRows(dataSource, ID)).isEqualTo(rows);
    }

    @Test
    void theMeetingsImportNeedsAnAdmin() {
        long meetings = meetingCount();
        assertRefusedToAllButRole(() -> anonymous()
                .multiPart("meetings", "meetings.csv", "meeting_id\n".getBytes(), "text/csv")
                .multiPart("participants", "meeting_participants.csv", "meeting_id\n".getBytes(), "text/csv"),
                request -> request.put("/meetings"), "admin");
        assertThat(meetingCount()).isEqualTo(meetings);
    }

    private static long meetingCount() {
        return anonymous().queryParam("meeting", true).get("/events").then().statusCode(200)
                .extract().jsonPath().getLong("totalCount");
    }
}
