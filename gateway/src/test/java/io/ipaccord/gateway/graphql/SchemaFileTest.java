package io.ipaccord.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The schema is code-first; gateway/schema.graphql is the reviewed copy clients and reviewers read. This keeps the
 * copy equal to what the gateway serves at /graphql/schema.graphql. After a deliberate schema change, refresh it
 * with {@code ./mvnw -pl gateway verify -Dtest=SchemaFileTest -Dgateway.schema.update=true}.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class SchemaFileTest {

    private static final Path COMMITTED = Path.of("schema.graphql"); // Maven runs tests in the module directory
    private static final Path SERVED_COPY = Path.of("target", "schema.graphql");

    @Test
    void committedSchemaIsTheServedSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(SERVED_COPY, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("gateway.schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("gateway/schema.graphql differs from the schema the gateway serves (written to %s)."
                        + " If the change is intended, rerun with -Dgateway.schema.update=true and commit the file.",
                        SERVED_COPY.toAbsolutePath())
                .isEqualTo(served);
    }
}
