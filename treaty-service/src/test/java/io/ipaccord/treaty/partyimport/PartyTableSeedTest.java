package io.ipaccord.treaty.partyimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.api.ImportResult;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.treaty.OrganisationEvents;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.partytable.PartyRow;
import io.ipaccord.treaty.partytable.PartyTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The depositary's 27 tables in the seed, read back through REST as a user would, as of the tables' date. */
@QuarkusTest
class PartyTableSeedTest {

    static final String TABLES_DATE = "2026-02-03";

    @Inject PartyTableImport importer;
    @Inject DataSource dataSource;

    @Test
    void beijingHasItsFortyEightPartiesAndTheWctItsHundredAndEighteenWithTheEu() {
        assertThat(bound("BEIJING")).hasSize(48).contains("CN", "ID", "JP", "BW", "MD", "NG", "CH");
        List<String> wct = bound("WCT");
        assertThat(wct).hasSize(118).contains("EU", "US", "AF");
        assertThat(given().get("/treaties/BEIJING?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath()
                .getInt("partyCount")).isEqualTo(48);
    }

    @Test
    void everyInstrumentOfEveryTableIsOnRecord() {
        Map<String, String> organisations = OrganisationEvents.seeded().stream()
                .collect(Collectors.toMap(o -> o.tableName(), o -> o.code()));
        int checked = 0;
        for (Map.Entry<String, String> table : TreatySeedTables.all().entrySet()) {
            List<Map<String, Object>> stored = given().queryParam("treaty", table.getKey()).get("/instruments")
                    .then().statusCode(200).extract().jsonPath().getList("");
            List<String> keys = stored.stream().map(i -> key(i.get("state"), i.get("type"), i.get("depositDate"))).toList();
            List<String> missing = new ArrayList<>();
            for (PartyRow row : PartyTable.parse(table.getKey(), table.getValue())) {
                String party = row.organisation() ? organisations.get(row.partyName()) : row.iso2();
                for (RecordedInstrument wanted : row.instruments(party)) {
                    checked++;
                    if (!keys.contains(key(party, wanted.type().name(), wanted.deposited() == null ? null : wanted.deposited().toString()))) {
                        missing.add(row.line() + ": " + party + " " + wanted.type() + " " + wanted.deposited());
                    }
                }
            }
            assertThat(missing).as(table.getKey()).isEmpty();
        }
        assertThat(checked).as("signatures and instruments of the 27 tables").isEqualTo(2054 + signatures());
    }

    @Test
    void seedingAgainChangesAndPublishesNothing() {
        try (TopicReader actions = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.TREATY_ACTIONS);
                TopicReader treaties = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.TREATIES)) {
            long outbox = outboxRows();
            for (Map.Entry<String, String> table : TreatySeedTables.all().entrySet()) {
                ImportResult again = importer.importTable(table.getKey(), table.getValue(), Origin.SEED);
                assertThat(again.added()).as(table.getKey()).isZero();
                assertThat(again.changed()).as(table.getKey()).isZero();
                assertThat(again.unchanged()).as(table.getKey()).isPositive();
            }
            assertThat(outboxRows()).isEqualTo(outbox);
            assertThat(actions.readToEnd(Duration.ofSeconds(30))).isEmpty();
            assertThat(treaties.readToEnd(Duration.ofSeconds(30))).isEmpty();
        }
    }

    private static List<String> bound(String treaty) {
        JsonPath parties = given().get("/treaties/" + treaty + "/parties?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath();
        return parties.getList("findAll { it.status == 'BOUND' }.state");
    }

    private static String key(Object state, Object type, Object date) {
        return state + "/" + type + "/" + date;
    }

    private static int signatures() {
        return (int) TreatySeedTables.all().entrySet().stream()
                .flatMap(t -> PartyTable.parse(t.getKey(), t.getValue()).stream())
                .filter(r -> r.signatureDate() != null).count();
    }

    private long outboxRows() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM outbox_message")) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate tablesDate() {
        return LocalDate.parse(TABLES_DATE);
    }
}
