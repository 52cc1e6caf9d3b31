package io.ipaccord.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** member-service and treaty-service up, event-service down: for partial answers across the three. */
public class EventServiceDownProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BackendServicesTestResource.class,
                Map.of(BackendServicesTestResource.WITH_EVENT_SERVICE, "false")));
    }
}
