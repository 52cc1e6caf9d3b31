package io.ipaccord.gateway;

import java.util.List;
import java.util.Map;

import io.ipaccord.testing.kafka.KafkaTestResource;
import io.ipaccord.testing.net.FreePorts;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway with its backends down: their URLs point at ports nothing listens on. */
public class BackendDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                BackendServicesTestResource.MEMBER_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral(),
                BackendServicesTestResource.TREATY_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral(),
                BackendServicesTestResource.EVENT_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaTestResource.class));
    }
}
