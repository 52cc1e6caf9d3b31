package io.ipaccord.member.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.member.OutboxRows;
import io.ipaccord.member.organisation.OrganisationService;
import io.ipaccord.member.party.Alignment;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The organisations seed ran once on start; running it again publishes nothing, and importing the file again brings a
 * changed organisation back in line, publishing only that change.
 */
@QuarkusTest
class OrganisationSeedTest {

    @Inject OrganisationService service;
    @Inject SeedRuns seedRuns;
    @Inject DataSource dataSource;

    @Test
    void theSeedRanOnceAndRunningItAgainDoesNothing() throws SQLException {
        assertThat(seedRunRows()).as("rows recorded by the start-up run").isEqualTo(5);
        long before = outboxRows(null);

        boolean ran = seedRuns.runOnce(OrganisationSeed.RUN, () -> {
            throw new AssertionError("the run is recorded: its importer must not be called again");
        });

        assertThat(ran).isFalse();
        assertThat(outboxRows(null)).isEqualTo(before);
    }

    @Test
    void importingAgainUpdatesOnlyWhatDiffersFromTheFileAndPublishesOnlyThat() throws SQLException {
        JsonPath eapo = given().get("/organisations/EA").then().statusCode(200).extract().jsonPath();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Eurasian Patent Office", "shortName", eapo.getString("shortName"),
                        "sources", eapo.getList("sources"), "verified", eapo.getString("verified")))
                .put("/organisations/EA").then().statusCode(200);
        long allBefore = outboxRows(null);
        long eapoBefore = outboxRows("EA");

        Map<Alignment, Long> first = OrganisationSeed.importAll(service);

        assertThat(first).isEqualTo(Map.of(Alignment.UPDATED, 1L, Alignment.UNCHANGED, 4L));
        assertThat(given().get("/organisations/EA").then().statusCode(200).extract().jsonPath().getString("name"))
                .isEqualTo("Eurasian Patent Organization");
        assertThat(outboxRows("EA")).isEqualTo(eapoBefore + 1);
        assertThat(outboxRows(null)).isEqualTo(allBefore + 1);

        Map<Alignment, Long> second = OrganisationSeed.importAll(service);

        assertThat(second).isEqualTo(Map.of(Alignment.UNCHANGED, 5L));
        assertThat(outboxRows(null)).as("a second import publishes nothing").isEqualTo(allBefore + 1);
    }

    private long seedRunRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT rows FROM seed_run WHERE name = ?")) {
            query.setString(1, OrganisationSeed.RUN);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("seed run " + OrganisationSeed.RUN + " recorded").isTrue();
                return rows.getLong(1);
            }
        }
    }

    /** Outbox rows of the organisations topic, for one key or ({@code null}) in all. */
    private long outboxRows(String key) throws SQLException {
        return OutboxRows.count(dataSource, Topics.ORGANISATIONS, key);
    }
}
