package io.ipaccord.gateway;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway in front of a real member-service; test classes with this profile share one gateway. */
public class MemberServiceProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MemberServiceTestResource.class));
    }
}
