package io.ipaccord.gateway;

import java.util.List;
import java.util.Map;

import io.ipaccord.testing.kafka.KafkaTestResource;
import io.ipaccord.testing.net.FreePorts;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway with member-service down: its URL points at a port nothing listens on. */
public class BackendDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(MemberServiceTestResource.MEMBER_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaTestResource.class));
    }
}
