package io.ipaccord.gateway.auth;

import java.util.List;
import java.util.Map;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A gateway that reads roles from another claim ({@value #CLAIM}) than the backends (groups), in front of
 * member-service alone: it lets through mutations the backend must refuse, which shows that the backend verifies the
 * forwarded token itself.
 */
public class RolesFromAnotherClaimProfile implements QuarkusTestProfile {

    static final String CLAIM = "gatewayRoles";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("smallrye.jwt.path.groups", CLAIM);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BackendServicesTestResource.class, Map.of(
                BackendServicesTestResource.WITH_TREATY_SERVICE, "false",
                BackendServicesTestResource.WITH_EVENT_SERVICE, "false")));
    }
}
