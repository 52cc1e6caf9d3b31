package io.ipaccord.gateway.membership;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.GraphQLErrors;
import io.ipaccord.gateway.TreatyServiceDownProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** treaty-service down, member-service up: the states still answer, only their treaties fail. */
@QuarkusTest
@TestProfile(TreatyServiceDownProfile.class)
class TreatyServiceDownTest {

    @Test
    void aStatesTreatiesFailAloneWithUnavailable() {
        GraphQLErrors.firstUnavailable(execute("member-state-treaties", Map.of("code", "CN"))
                .body("data.memberState.name", equalTo("China"))
                .body("data.memberState.treaties", nullValue())
                .body("errors", hasSize(1)), "treaty-service", "memberState", "treaties");
    }

    @Test
    void everyStateOfTheLevelGetsItsOwnError() {
        execute("state-treaties-on-dates", Map.of("codes", List.of("CN", "FR"), "early", "1990-01-01",
                "late", "2021-01-01"))
                .body("data.memberStatesByCode.code", contains("CN", "FR"))
                .body("data.memberStatesByCode.early", contains(nullValue(), nullValue()))
                .body("errors", hasSize(4))
                .body("errors.extensions.code", contains("UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE"));
    }
}
