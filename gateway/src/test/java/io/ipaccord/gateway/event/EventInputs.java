package io.ipaccord.gateway.event;

import java.util.HashMap;
import java.util.Map;

/** Event mutation inputs as GraphQL variables; callers add optional fields to the mutable maps. */
final class EventInputs {

    private EventInputs() {
    }

    /** A ScheduleEventInput (or, without {@code id}, an UpdateEventInput): a single-day event. */
    static Map<String, Object> event(String id, String type, String title, String startDate, String hostCountry) {
        Map<String, Object> input = new HashMap<>();
        if (id != null) {
            input.put("id", id);
        }
        input.put("type", type);
        input.put("title", title);
        input.put("startDate", startDate);
        if (hostCountry != null) {
            input.put("hostCountry", hostCountry);
        }
        return input;
    }

    static Map<String, Object> organisation(String name, String organisationType, String role) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "ORGANISATION");
        input.put("name", name);
        input.put("organisationType", organisationType);
        input.put("role", role);
        return input;
    }
}
