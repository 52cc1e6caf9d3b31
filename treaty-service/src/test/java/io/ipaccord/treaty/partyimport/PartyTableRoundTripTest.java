package io.ipaccord.treaty.partyimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.api.ImportResult;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.treaty.MemberStateEvents;
import io.ipaccord.treaty.OrganisationEvents;
import io.ipaccord.treaty.partytable.PartyTableColumns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Export then import is a no-op: each of the 27 seeded tables exported as of the tables' date
 * ({@code GET /treaties/{code}/party-table}) and imported again through REST ({@code PUT}, as a user would) adds
 * and changes nothing, and the export afterwards is the same text. The export also says what the depositary's table
 * says, row for row, the party's name aside (the export writes the replica's).
 */
@QuarkusTest
class PartyTableRoundTripTest {

    @Inject DataSource dataSource;

    @BeforeEach
    void everyPartyIsKnown() {
        Set<String> states = new TreeSet<>();
        TreatySeedTables.all().values().forEach(text -> CsvTable.parse(text).rows().stream()
                .map(row -> row.get(PartyTableColumns.ISO2)).filter(code -> !code.isEmpty()).forEach(states::add));
        MemberStateEvents.ensureKnown(dataSource, List.copyOf(states));
        OrganisationEvents.ensureKnown(dataSource);
    }

    @Test
    void everySeededTableExportedAndImportedAgainChangesNothing() {
        int instruments = 0;
        for (String treaty : TreatySeedTables.CODES) {
            String exported = export(treaty);
            ImportResult result = given().contentType("text/csv; charset=UTF-8").body(exported).put("/treaties/" + treaty + "/party-table")
                    .then().statusCode(200).contentType(ContentType.JSON).extract().as(ImportResult.class);
            assertThat(result.added()).as(treaty).isZero();
            assertThat(result.changed()).as(treaty).isZero();
            assertThat(result.rows()).as(treaty).isEqualTo(CsvTable.parse(exported).rows().size());
            instruments += result.unchanged();
            assertThat(export(treaty)).as(treaty).isEqualTo(exported);
        }
        assertThat(instruments).as("instruments of the 27 tables, signatures included").isGreaterThanOrEqualTo(2054);
    }

    @Test
    void theExportSaysWhatTheDepositarysTableSays() {
        Map<String, String> organisations = new HashMap<>();
        OrganisationEvents.seeded().forEach(o -> organisations.put(o.tableName(), o.code()));
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> table : TreatySeedTables.all().entrySet()) {
            Map<String, Map<String, String>> exported = new HashMap<>();
            CsvTable.parse(export(table.getKey())).rows().forEach(row -> exported.put(key(row), row));
            for (Map<String, String> row : CsvTable.parse(table.getValue()).rows()) {
                if (row.get(PartyTableColumns.SIGNATURE_DATE).isEmpty() && row.get(PartyTableColumns.INSTRUMENT_TYPE).isEmpty()) {
                    continue; // a party listed with nothing to record (LISBON's EU and OAPI): no instrument, no row
                }
                Map<String, String> out = exported.remove(key(row));
                if (out == null) {
                    differences.add(table.getKey() + " " + key(row) + ": not exported");
                    continue;
                }
                for (String column : PartyTableColumns.ALL) {
                    boolean stateName = column.equals(PartyTableColumns.PARTY_NAME) && !row.get(PartyTableColumns.ISO2).isEmpty();
                    if (!stateName && !row.get(column).equals(out.get(column))) {
                        differences.add(table.getKey() + " " + key(row) + " " + column + ": " + row.get(column) + " -> " + out.get(column));
                    }
                }
            }
            exported.keySet().forEach(extra -> differences.add(table.getKey() + " " + extra + ": exported, not in the table"));
        }
        assertThat(differences).isEmpty();
        assertThat(organisations).containsEntry("European Union (EU)", "EU");
    }

    private static String export(String treaty) {
        return given().queryParam("asOf", PartyTableSeedTest.TABLES_DATE).accept("text/csv")
                .get("/treaties/" + treaty + "/party-table").then().statusCode(200).extract().asString();
    }

    /** A state by its code, an organisation by its name. */
    private static String key(Map<String, String> row) {
        String iso2 = row.get(PartyTableColumns.ISO2);
        return iso2.isEmpty() ? row.get(PartyTableColumns.PARTY_NAME) : iso2;
    }
}
