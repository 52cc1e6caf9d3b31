package io.ipaccord.gateway;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway in front of real member-service and treaty-service; test classes with this profile share one gateway. */
public class ServicesProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BackendServicesTestResource.class));
    }
}
