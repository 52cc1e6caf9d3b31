package io.ipaccord.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** member-service up, treaty-service down: for partial answers across the two. */
public class TreatyServiceDownProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BackendServicesTestResource.class,
                Map.of(BackendServicesTestResource.WITH_TREATY_SERVICE, "false")));
    }
}
