package io.ipaccord.gateway.event;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.EventServiceDownProfile;
import io.ipaccord.gateway.GraphQLErrors;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** event-service is down, member-service and treaty-service are up: only the fields that need events fail. */
@QuarkusTest
@TestProfile(EventServiceDownProfile.class)
class EventServiceDownTest {

    @Test
    void fieldsNeedingEventsFailAloneWhileTheOtherServicesAnswer() {
        GraphQLErrors.allUnavailable(execute("event-service-down")
                .body("data.memberState.name", equalTo("China"))
                .body("data.memberState.treaties.treatyCode", hasItem("BEIJING"))
                .body("data.memberState.events", nullValue())
                .body("data.treaty.shortName", equalTo("Beijing Treaty (BTAP)"))
                .body("data.treaty.events", nullValue())
                .body("data.events", nullValue())
                .body("data.event", nullValue())
                .body("data.timeline", nullValue())
                .body("data.search", nullValue())
                .body("errors", hasSize(6))
                .body("errors.path", containsInAnyOrder(List.of("memberState", "events"), List.of("treaty", "events"),
                        List.of("events"), List.of("event"), List.of("timeline"), List.of("search"))), "event-service");
    }

    @Test
    void mutationsReportUnavailable() {
        GraphQLErrors.firstUnavailable(execute("schedule-event", Map.of("input",
                EventInputs.event(null, "FORUM", "Nowhere", "2037-01-01", "CN")))
                .body("data.scheduleEvent", nullValue()), "event-service", "scheduleEvent");
        refused(execute("cancel-event", Map.of("id", "EV-2012-AVP-DC")), "cancelEvent", "UNAVAILABLE")
                .body("errors[0].extensions.service", notNullValue());
    }
}
