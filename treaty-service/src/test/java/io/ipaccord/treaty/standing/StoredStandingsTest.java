package io.ipaccord.treaty.standing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.ipaccord.treaty.common.AsOf;
import io.ipaccord.treaty.evaluation.Evaluation;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.evaluation.TreatyEvaluator;
import io.ipaccord.treaty.instrument.api.InstrumentService;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The stored standings, with the seed's 27 real tables loaded: what they answer for a date is what the engine
 * computes for it, a rebuild finds nothing to correct, and a write rolled back leaves them as they were.
 */
@QuarkusTest
class StoredStandingsTest {

    @Inject StoredStandings stored;
    @Inject TreatyEvaluator evaluator;
    @Inject TreatyRepository treaties;
    @Inject InstrumentService instruments;
    @Inject DataSource dataSource;

    @BeforeEach
    void statesAreKnown() {
        MemberStateEvents.ensureKnown(dataSource, List.of("XA", "XB", "XC", "XD"));
    }

    @Test
    void everyTreatyAndPartyStoredIsWhatTheEngineComputesAtEveryDateTried() {
        LocalDate today = AsOf.today();
        List<String> codes = QuarkusTransaction.requiringNew().call(treaties::codes);
        assertThat(codes).as("the seeded treaties").hasSizeGreaterThanOrEqualTo(27);
        int compared = 0;
        for (String code : codes) {
            TreeSet<LocalDate> dates = new TreeSet<>(List.of(LocalDate.of(1883, 3, 20), LocalDate.of(1950, 1, 1),
                    LocalDate.of(1996, 12, 20), LocalDate.of(2026, 2, 3), today, today.plusMonths(3), LocalDate.of(2100, 1, 1)));
            // Around every date the engine gives this treaty's parties, as of far ahead: where standings change.
            Evaluation ahead = QuarkusTransaction.requiringNew().call(() -> evaluator.evaluate(treaty(code), LocalDate.of(2200, 1, 1)));
            if (ahead.entryIntoForce() != null) {
                dates.add(ahead.entryIntoForce().date());
            }
            for (Membership m : ahead.memberships()) {
                for (LocalDate d : new LocalDate[] { m.deposited(), m.bound(), m.denouncedEffective(), m.signed() }) {
                    if (d != null) {
                        dates.add(d);
                        dates.add(d.minusDays(1));
                    }
                }
            }
            for (LocalDate date : dates) {
                Evaluation computed = QuarkusTransaction.requiringNew().call(() -> evaluator.evaluate(treaty(code), date));
                Evaluation fromStore = QuarkusTransaction.requiringNew().call(() -> stored.evaluations(List.of(treaty(code)), date).get(code));
                assertThat(fromStore).as(code + " as of " + date).isEqualTo(computed);
                compared += computed.memberships().size();
            }
        }
        assertThat(compared).as("party standings compared").isGreaterThan(100_000);
    }

    @Test
    void theRestReadsAnswerTheEnginesStandingsForPastTodayAndFuture() {
        for (String asOf : List.of("1990-01-01", "2026-02-03", AsOf.today().plusYears(1).toString())) {
            LocalDate date = LocalDate.parse(asOf);
            List<Membership> engine = QuarkusTransaction.requiringNew().call(() -> evaluator.evaluate(treaty("BERNE"), date)).memberships();
            List<Membership> rest = List.of(given().get("/treaties/BERNE/parties?asOf=" + asOf).then().statusCode(200)
                    .extract().as(Membership[].class));
            assertThat(rest).as("BERNE parties as of " + asOf).isEqualTo(engine);
            List<Membership> cn = List.of(given().get("/states/CN/treaties?asOf=" + asOf).then().statusCode(200)
                    .extract().as(Membership[].class));
            List<Membership> cnEngine = new ArrayList<>();
            for (String code : QuarkusTransaction.requiringNew().call(treaties::codes)) {
                QuarkusTransaction.requiringNew().call(() -> evaluator.evaluate(treaty(code), date)).memberships().stream()
                        .filter(m -> m.state().equals("CN")).forEach(cnEngine::add);
            }
            assertThat(cn).as("CN as of " + asOf).containsExactlyInAnyOrderElementsOf(cnEngine);
        }
    }

    @Test
    void aRebuildFindsNothingToCorrectAfterTheSeedAndAfterWrites() {
        JsonPath seeded = rebuild();
        assertThat(seeded.getInt("treaties")).isGreaterThanOrEqualTo(27);
        assertThat(seeded.getInt("intervals")).as("intervals of the seeded tables").isGreaterThan(2000);
        assertThat(seeded.getList("differences")).as("after the seed").isEmpty();

        Fixtures.createTreaty("TEST_STORED", 2, 3);
        LocalDate today = AsOf.today();
        Fixtures.deposit("TEST_STORED", "XA", "RATIFICATION", today.minusMonths(1).toString());
        long second = Fixtures.deposit("TEST_STORED", "XB", "ACCESSION", today.toString()).getLong("id");
        Fixtures.deposit("TEST_STORED", "XC", "SIGNATURE", "2011-05-05");
        Map<String, Object> corrected = Fixtures.instrument("TEST_STORED", "XB", "ACCESSION", today.minusDays(10).toString());
        given().contentType(ContentType.JSON).body(corrected).put("/instruments/" + second).then().statusCode(200);
        long third = Fixtures.deposit("TEST_STORED", "XD", "RATIFICATION", today.toString()).getLong("id");
        given().delete("/instruments/" + third).then().statusCode(200);
        Fixtures.deposit("TEST_STORED", "XD", "RATIFICATION", today.minusDays(2).toString());

        // The second deposit (corrected to ten days ago) brings it into force in three months: the stored
        // intervals already say so for a date in the future, with no write in between.
        LocalDate inForce = today.minusDays(10).plusMonths(3);
        assertThat(status(today)).isEqualTo("NOT_YET_IN_FORCE");
        assertThat(status(inForce.minusDays(1))).isEqualTo("NOT_YET_IN_FORCE");
        assertThat(status(inForce)).isEqualTo("IN_FORCE");
        assertThat(given().get("/treaties/TEST_STORED/parties?asOf=" + inForce).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.status == 'BOUND' }.state")).containsExactlyInAnyOrder("XA", "XB");
        assertThat(given().get("/treaties/TEST_STORED/parties?asOf=" + today.minusDays(2).plusMonths(3)).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.status == 'BOUND' }.state")).containsExactlyInAnyOrder("XA", "XB", "XD");

        assertThat(rebuild().getList("differences")).as("after the writes").isEmpty();
    }

    @Test
    void aWriteWhoseTransactionFailsLeavesTheStoredStandingsAsTheyWere() {
        Fixtures.createTreaty("TEST_ROLLBACK", 1, 1);
        Fixtures.deposit("TEST_ROLLBACK", "XA", "RATIFICATION", "2015-01-01");
        List<StoredStandings.Interval> before = QuarkusTransaction.requiringNew().call(() -> stored.stored("TEST_ROLLBACK"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            instruments.deposit(new InstrumentInput("TEST_ROLLBACK", null, "XB", InstrumentType.ACCESSION,
                    LocalDate.of(2016, 1, 1), null, null, null, null, null, null, null, null, null), Origin.API);
            assertThat(stored.stored("TEST_ROLLBACK")).as("inside the transaction, the write replaced them").isNotEqualTo(before);
            throw new IllegalStateException("the transaction fails after the write");
        })).hasMessageContaining("fails after the write");

        assertThat(QuarkusTransaction.requiringNew().call(() -> stored.stored("TEST_ROLLBACK"))).isEqualTo(before);
        assertThat(given().get("/treaties/TEST_ROLLBACK/parties?asOf=2020-01-01").then().statusCode(200).extract().jsonPath()
                .getList("state")).containsExactly("XA");
    }

    private Treaty treaty(String code) {
        return treaties.findByIdOptional(code).orElseThrow();
    }

    private static String status(LocalDate asOf) {
        return given().get("/treaties/TEST_STORED?asOf=" + asOf).then().statusCode(200).extract().jsonPath().getString("status");
    }

    private static JsonPath rebuild() {
        return given().post("/admin/standings/rebuild").then().statusCode(200).extract().jsonPath();
    }
}
