package io.ipaccord.gateway.treaty;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendDownProfile;
import io.ipaccord.gateway.GraphQLErrors;
import io.ipaccord.gateway.Inputs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** treaty-service is down: each affected field fails alone with UNAVAILABLE naming it. */
@QuarkusTest
@TestProfile(BackendDownProfile.class)
class TreatyBackendDownTest {

    @Test
    void failingFieldsReportUnavailableOnTheirPaths() {
        GraphQLErrors.allUnavailable(execute("treaty-backend-down", Map.of("code", "BEIJING"))
                .body("data.__typename", equalTo("Query"))
                .body("data.one", nullValue())
                .body("data.all", nullValue())
                .body("errors", hasSize(2))
                .body("errors.path", containsInAnyOrder(List.of("one"), List.of("all"))), "treaty-service");
    }

    @Test
    void mutationsReportUnavailable() {
        GraphQLErrors.firstUnavailable(execute("deposit-instrument", Map.of("input",
                Inputs.instrument("BEIJING", "FR", "ACCESSION", "2020-01-01")))
                .body("data.depositInstrument", nullValue()), "treaty-service", "depositInstrument");
    }
}
