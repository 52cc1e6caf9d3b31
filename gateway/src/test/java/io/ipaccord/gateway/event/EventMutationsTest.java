package io.ipaccord.gateway.event;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Mutations forwarded to event-service, and its refusals as coded GraphQL errors. Test events are dated 2031-2039,
 * after everything the seed holds and apart from the other tests' events.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class EventMutationsTest {

    @Test
    void schedulesAnEventWithParticipantsFiguresAndASeries() {
        Map<String, Object> input = EventInputs.event("EV-GW-FORUM-2031", "FORUM", "International Copyright Forum 2031",
                "2031-09-09", "CN");
        input.put("endDate", "2031-09-10");
        input.put("city", "Jingdezhen");
        input.put("organisers", List.of("NCAC", "WIPO"));
        input.put("series", Map.of("code", "INTL_COPYRIGHT_FORUM"));
        input.put("relatedTreaties", List.of("BERNE", "WCT"));
        input.put("relatedStates", List.of("FR"));
        input.put("verified", "PARTIAL");
        input.put("participants", List.of(EventInputs.organisation("WIPO", "IGO", "ORGANISER")));
        input.put("attendance", List.of(Map.of("measure", "PARTICIPANTS", "value", 350, "source", "WIPO")));

        fields(execute("schedule-event", Map.of("input", input))
                .body("errors", nullValue()), "data.scheduleEvent",
                "id", "EV-GW-FORUM-2031", "status", "PLANNED", "endDate", "2031-09-10", "host.name", "China",
                "series.name", "International Copyright Forum", "organisers", contains("NCAC", "WIPO"),
                "participants[0].name", "WIPO", "participants[0].organisationType", "IGO", "attendance[0].value", 350,
                "relatedTreaties.code", contains("BERNE", "WCT"), "relatedStates.code", contains("FR"),
                "verified", "PARTIAL");

        execute("event", Map.of("id", "EV-GW-FORUM-2031"))
                .body("data.event.title", equalTo("International Copyright Forum 2031"));
    }

    @Test
    void generatesAnIdWhenNoneIsGivenAndASingleDayEndsTheDayItStarts() {
        fields(execute("schedule-event", Map.of("input", EventInputs.event(null, "ROUNDTABLE", "Roundtable 2032",
                "2032-03-24", null)))
                .body("errors", nullValue()), "data.scheduleEvent",
                "id", matchesPattern("EV-[0-9a-f-]{36}"), "endDate", "2032-03-24", "host", nullValue(),
                "verified", "NO");
    }

    @Test
    void updatesCancelsAndAddsParticipants() {
        execute("schedule-event", Map.of("input", EventInputs.event("EV-GW-VISIT-2033", "OFFICIAL_VISIT",
                "Visit 2033", "2033-05-01", "FR")))
                .body("errors", nullValue());

        Map<String, Object> change = EventInputs.event(null, "OFFICIAL_VISIT", "Official visit to France 2033",
                "2033-05-02", "FR");
        change.put("endDate", "2033-05-04");
        change.put("venue", "Paris");
        change.put("relatedTreaties", List.of("PARIS"));
        fields(execute("update-event", Map.of("id", "EV-GW-VISIT-2033", "input", change))
                .body("errors", nullValue()), "data.updateEvent",
                "title", "Official visit to France 2033", "endDate", "2033-05-04", "venue", "Paris",
                "relatedTreaties.code", contains("PARIS"), "status", "PLANNED", "version", greaterThan(0));

        Map<String, Object> person = Map.of("kind", "PERSON", "name", "Daren Tang", "role", "SPEAKER",
                "title", "Director General", "affiliation", "WIPO");
        fields(execute("add-participant", Map.of("eventId", "EV-GW-VISIT-2033", "input", person))
                .body("errors", nullValue()), "data.addParticipant",
                "id", matchesPattern("[0-9]+"), "kind", "PERSON", "name", "Daren Tang", "title", "Director General",
                "affiliation", "WIPO");

        execute("cancel-event", Map.of("id", "EV-GW-VISIT-2033"))
                .body("errors", nullValue())
                .body("data.cancelEvent.status", equalTo("CANCELLED"));
        execute("event", Map.of("id", "EV-GW-VISIT-2033"))
                .body("data.event.status", equalTo("CANCELLED"))
                .body("data.event.participants.name", hasItem("Daren Tang"));
    }

    @Test
    void refusedInputIsAValidationErrorNamingTheFields() {
        Map<String, Object> backwards = EventInputs.event(null, "FORUM", "Backwards", "2034-05-02", "CN");
        backwards.put("endDate", "2034-05-01");
        refused(execute("schedule-event", Map.of("input", backwards)), "scheduleEvent", "VALIDATION", "endDate");

        // unknown references: event-service knows states and treaties from Kafka only, and names each one
        Map<String, Object> unknown = EventInputs.event(null, "FORUM", "Unknown references", "2034-06-01", "XQ");
        unknown.put("relatedTreaties", List.of("BEIJING", "NO_SUCH_TREATY"));
        unknown.put("parentId", "EV-NO-SUCH-PARENT");
        refused(execute("schedule-event", Map.of("input", unknown)), "scheduleEvent", "VALIDATION")
                .body("errors[0].extensions.fields",
                        containsInAnyOrder("hostCountry", "relatedTreaties[1]", "parentId"))
                .body("errors[0].message", containsString("XQ"))
                .body("errors[0].message", containsString("NO_SUCH_TREATY"));

        // the GraphQL schema already refuses what it can: a missing title never reaches the backend
        Map<String, Object> untitled = EventInputs.event(null, "FORUM", null, "2034-06-01", "CN");
        untitled.remove("title");
        execute("schedule-event", Map.of("input", untitled))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void clashesAndUnknownEventsAreCodedToo() {
        execute("schedule-event", Map.of("input", EventInputs.event("EV-GW-TWICE-2035", "ASSEMBLY_SESSION",
                "Assemblies 2035", "2035-07-09", "CH")))
                .body("errors", nullValue());
        refused(execute("schedule-event", Map.of("input", EventInputs.event("EV-GW-TWICE-2035", "ASSEMBLY_SESSION",
                "Assemblies 2035 again", "2035-07-09", "CH"))), "scheduleEvent", "CONFLICT", "id");

        execute("cancel-event", Map.of("id", "EV-GW-TWICE-2035")).body("errors", nullValue());
        refused(execute("cancel-event", Map.of("id", "EV-GW-TWICE-2035")), "cancelEvent", "CONFLICT");

        refused(execute("cancel-event", Map.of("id", "EV-GW-NO-SUCH-EVENT")), "cancelEvent", "NOT_FOUND");
        execute("update-event", Map.of("id", "EV-GW-NO-SUCH-EVENT",
                "input", EventInputs.event(null, "FORUM", "Nothing", "2035-01-01", null)))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        refused(execute("add-participant", Map.of("eventId", "EV-GW-NO-SUCH-EVENT",
                "input", EventInputs.organisation("WIPO", "IGO", "ORGANISER"))), "addParticipant", "NOT_FOUND")
                .body("errors", hasSize(1));
    }
}
