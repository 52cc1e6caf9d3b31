package io.ipaccord.treaty.evaluation;

import static io.ipaccord.treaty.Fixtures.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A write of one instrument reads the treaty's instruments once and evaluates the treaty once, however much it
 * determines: counted on the real path, a deposit through REST (Hibernate's statistics for the queries, the
 * service's own {@code ipaccord.treaty.evaluations} counter for the evaluations).
 */
@QuarkusTest
class WriteEvaluationTest {

    private static final List<String> STATES = List.of("XA", "XB", "XC");

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void statesAreKnown() {
        MemberStateEvents.ensureKnown(dataSource, STATES);
    }

    @Test
    void aDepositThatBringsTheTreatyIntoForceLoadsItsInstrumentsOnceAndEvaluatesOnce() {
        Fixtures.createTreaty("TEST_ONCE", 3, 3);
        deposit("TEST_ONCE", "XA", "RATIFICATION", "2019-01-10");
        deposit("TEST_ONCE", "XB", "ACCESSION", "2019-02-10");

        long queriesBefore = instrumentQueries();
        double evaluationsBefore = evaluations();
        JsonPath receipt = deposit("TEST_ONCE", "XC", "RATIFICATION", "2019-03-10");

        assertThat(receipt.getList("determinations.kind")).as("the write did determine things")
                .containsExactly("TREATY_IN_FORCE", "PARTY_BOUND", "PARTY_BOUND", "PARTY_BOUND");
        assertThat(instrumentQueries() - queriesBefore).as("queries reading instruments").isEqualTo(1);
        assertThat(evaluations() - evaluationsBefore).as("evaluations of the treaty").isEqualTo(1);
    }

    /** Executions of every HQL query that reads instruments. */
    private long instrumentQueries() {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        long total = 0;
        for (String query : statistics.getQueries()) {
            if (query.contains("Instrument")) {
                total += statistics.getQueryStatistics(query).getExecutionCount();
            }
        }
        return total;
    }

    private double evaluations() {
        return registry.get("ipaccord.treaty.evaluations").counter().count();
    }
}
