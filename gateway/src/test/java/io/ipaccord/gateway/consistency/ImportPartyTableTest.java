package io.ipaccord.gateway.consistency;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.TreatyServiceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * importPartyTable through the gateway to treaty-service: a made-up table (the depositary's columns) for a treaty
 * registered for the test, imported twice, and refused tables.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class ImportPartyTableTest {

    static final String HEADER = "treaty_code,party_name_source,iso2,party_kind,signature_date,instrument_type,"
            + "instrument_date,entry_into_force_date,denunciation_date,termination_date,notes,source_url\n";

    /** In force 3 months after the 2nd instrument; later parties 3 months after their own. */
    static String table(String treaty) {
        return HEADER
                + treaty + ",France,FR,state,2023-05-05,ratification,2024-01-10,2024-05-01,,,,https://example.org/t\n"
                + treaty + ",Germany,DE,state,,accession,2024-02-01,2024-05-01,,,,https://example.org/t\n"
                + treaty + ",European Union (EU),,igo,,accession,2024-03-01,2024-06-01,,,,https://example.org/t\n";
    }

    @Test
    void aTableLandsOnceAndTheSecondImportChangesNothing() {
        TreatyServiceApi.createTreaty("GWTABLE", 2, 3);

        fields(execute("import-party-table", Map.of("treaty", "gwtable", "csv", table("GWTABLE")))
                .body("errors", nullValue()), "data.importPartyTable",
                "treatyCode", "GWTABLE", "rows", 3, "added", 4, "changed", 0, "unchanged", 0,
                "consistency.compared", 3, "consistency.agreeing", 3);
        fields(execute("import-party-table", Map.of("treaty", "GWTABLE", "csv", table("GWTABLE")))
                .body("errors", nullValue()), "data.importPartyTable",
                "rows", 3, "added", 0, "changed", 0, "unchanged", 4);

        JsonPath parties = execute("treaty-parties", Map.of("code", "GWTABLE", "asOf", "2024-12-31"))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(parties.getList("data.treaty.parties.partyCode", String.class))
                .containsExactlyInAnyOrder("FR", "DE", "EU");
        assertThat(parties.getList("data.treaty.parties.datesAgree", Boolean.class)).containsOnly(true);
    }

    @Test
    void aTableWithBadRowsIsRefusedWholeWithItsProblemsAndNothingWritten() {
        TreatyServiceApi.createTreaty("GWREFUSED", 2, 3);
        String csv = HEADER
                + "GWREFUSED,France,FR,state,,ratification,2024-01-10,2024-04-10,,,,https://example.org/t\n"
                + "GWREFUSED,Nowhere,XQ,state,,ratification,2024-01-11,2024-04-11,,,,https://example.org/t\n"
                + "GWREFUSED,Germany,DE,state,,ratification,2009-12-31,,,,,https://example.org/t\n";

        JsonPath answer = refused(execute("import-party-table", Map.of("treaty", "GWREFUSED", "csv", csv)),
                "importPartyTable", "VALIDATION", "csv")
                .extract().jsonPath();

        List<Map<String, Object>> problems = answer.getList("errors[0].extensions.problems");
        assertThat(problems).extracting(p -> p.get("line")).containsExactly(3, 4);
        assertThat(problems).allSatisfy(p -> {
            assertThat((String) p.get("column")).isNotBlank();
            assertThat((String) p.get("reason")).isNotBlank();
        });
        assertThat(answer.getString("errors[0].message")).isNotBlank();
        // nothing written: not even France's good row
        execute("treaty-parties", Map.of("code", "GWREFUSED")).body("errors", nullValue())
                .body("data.treaty.parties", empty());
    }

    @Test
    void aRowThatCannotBeReadIsAProblemOfItsLine() {
        TreatyServiceApi.createTreaty("GWUNREAD", 2, 3);
        String csv = HEADER
                + "GWUNREAD,France,FR,state,,ratification,2024-01-10,2024-04-10,,,,https://example.org/t\n"
                + "GWUNREAD,Germany,DE,state,,ratification,2024-13-01,,,,,https://example.org/t\n";

        JsonPath answer = refused(execute("import-party-table", Map.of("treaty", "GWUNREAD", "csv", csv)),
                "importPartyTable", "VALIDATION", "csv")
                .extract().jsonPath();

        assertThat(answer.getList("errors[0].extensions.problems")).singleElement().isEqualTo(Map.of(
                "line", 3, "column", "instrument_date", "reason", "'2024-13-01' is not a real date"));
        execute("treaty-parties", Map.of("code", "GWUNREAD")).body("errors", nullValue())
                .body("data.treaty.parties", empty());
    }

    @Test
    void anUnknownTreatyIsAValidationErrorNamingTreaty() {
        refused(execute("import-party-table", Map.of("treaty", "NO_SUCH_TREATY", "csv", table("NO_SUCH_TREATY"))),
                "importPartyTable", "VALIDATION", "treaty");
    }
}
