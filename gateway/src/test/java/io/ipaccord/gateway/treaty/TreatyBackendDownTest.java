package io.ipaccord.gateway.treaty;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
        GraphQLErrors.rootFieldsUnavailable(execute("treaty-backend-down", Map.of("code", "BEIJING"))
                .body("data.__typename", equalTo("Query")), "treaty-service", "one", "all");
    }

    @Test
    void mutationsReportUnavailable() {
        GraphQLErrors.firstUnavailable(execute("deposit-instrument", Map.of("input",
                Inputs.instrument("BEIJING", "FR", "ACCESSION", "2020-01-01")))
                .body("data.depositInstrument", nullValue()), "treaty-service", "depositInstrument");
    }
}
