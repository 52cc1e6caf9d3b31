package io.ipaccord.event.events;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.event.ReferenceTopics;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and checks shared by the event tests (events, calendar). Test event ids start with EV-TEST-. */
public final class TestEvents {

    private TestEvents() {
    }

    /** The test states XA, XB and treaties XT_ONE, XT_TWO, known to the replica through Kafka. */
    public static void knownReferences(ObjectMapper objectMapper, DataSource dataSource) {
        ReferenceTopics.ensureKnown(objectMapper, dataSource,
                Map.of("XA", "Test Republic A", "XB", "Test Republic B"),
                Map.of("XT_ONE", "Test Treaty One", "XT_TWO", "Test Treaty Two"));
    }

    /** A minimal valid event hosted by XA; add or override with {@code more} (key, value, key, value...). */
    public static Map<String, Object> event(String id, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("type", "FORUM");
        body.put("title", "Test forum " + id);
        body.put("startDate", "2030-05-01");
        body.put("hostCountry", "XA");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    public static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/events");
    }

    public static Response put(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).put("/events/" + id);
    }

    public static void create(Map<String, Object> body) {
        post(body).then().statusCode(201);
    }

    /** Outbox rows ever written for this key: a refused write leaves none. */
    public static long outboxRows(DataSource dataSource, String key) {
        Long count = ReferenceTopics.query(dataSource, "SELECT count(*) FROM outbox_message WHERE message_key = ?", key);
        return count == null ? 0 : count;
    }
}
