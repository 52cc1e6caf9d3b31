package io.ipaccord.treaty.organisation;

import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.treaty.Fixtures.instrument;
import static io.ipaccord.treaty.Fixtures.postInstrument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.ipaccord.treaty.OrganisationEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Organisations are parties: treaty-service learns them from member-service's {@code ipaccord.organisations.v1}
 * (published here as member-service's relay does). An organisation can deposit once the replica knows it; a code
 * that is neither a member state nor an organisation is refused. XY is a user-assigned code no one uses.
 */
@QuarkusTest
class OrganisationReplicaTest {

    private static final String TREATY = Fixtures.TEST_PREFIX + "ORGANISATIONS";

    @Inject DataSource dataSource;

    @BeforeEach
    void treaty() {
        if (given().get("/treaties/" + TREATY).statusCode() == 404) {
            Fixtures.createTreaty(TREATY, 2, 3);
        }
    }

    @Test
    void anOrganisationCanDepositOnceTheReplicaKnowsIt() {
        problem(postInstrument(instrument(TREATY, "XY", "ACCESSION", "2020-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].message", equalTo("XY is not a known member state or organisation"));

        OrganisationData made = new OrganisationData("XY", "Test Organisation", "TO", List.of(), "no", 0, Instant.now());
        OrganisationEvents.publish(List.of(made));
        Awaitility.await().atMost(MemberStateEvents.DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> postInstrument(instrument(TREATY, "XY", "ACCESSION", "2020-01-10")).statusCode() == 201);
    }

    @Test
    void theEuAccedesAndIsBoundLikeAState() {
        OrganisationEvents.ensureKnown(dataSource);
        MemberStateEvents.ensureKnown(dataSource, List.of("FR"));
        Fixtures.deposit(TREATY, "FR", "RATIFICATION", "2021-01-04");
        Fixtures.deposit(TREATY, "EU", "ACCESSION", "2021-02-01");
        List<String> bound = given().get("/treaties/" + TREATY + "/parties?asOf=2021-06-01").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.status == 'BOUND' }.state");
        assertThat(bound).contains("EU", "FR");
        given().get("/states/EU/treaties?asOf=2021-06-01").then().statusCode(200)
                .body("find { it.treaty == '" + TREATY + "' }.bound", equalTo("2021-05-01"));
    }
}
