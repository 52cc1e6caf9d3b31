package io.ipaccord.event.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * A request costs the same few SQL statements however many events it answers with: collections (participants,
 * figures, links, children) are loaded in batches, never one query per event.
 */
@QuarkusTest
class EventQueryCostTest {

    /** Page (or batch) query, count, then one batch per collection and association. */
    private static final long MAX_STATEMENTS = 10;

    @Inject EntityManagerFactory entityManagerFactory;

    @Test
    void aPageOfEveryEventCostsAFixedNumberOfStatements() {
        JsonPath page = measured(() -> given().queryParam("first", 500).get("/events").then().statusCode(200).extract().jsonPath());
        assertThat(page.getList("items")).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void theBatchEndpointsCostAFixedNumberOfStatements() {
        measured(() -> given().queryParam("states", "CN,CH,SA,ID,FR").get("/events/by-state/batch").then().statusCode(200));
        measured(() -> given().queryParam("treaties", "BEIJING,GRATK,RDLT").get("/events/by-treaty/batch").then().statusCode(200));
        measured(() -> given().queryParam("parents", "EV-2024-DG-CN-VISIT,EV-2024-ICF").get("/events/children/batch")
                .then().statusCode(200));
        measured(() -> given().queryParam("text", "Beijing").get("/events/search").then().statusCode(200));
    }

    private <T> T measured(Supplier<T> request) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        request.get(); // warm-up: first use of a query may load metadata
        statistics.clear();
        T result = request.get();
        assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isLessThanOrEqualTo(MAX_STATEMENTS);
        return result;
    }
}
