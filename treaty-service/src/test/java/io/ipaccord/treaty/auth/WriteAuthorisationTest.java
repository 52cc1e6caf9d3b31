package io.ipaccord.treaty.auth;

import static io.ipaccord.testing.auth.Refusals.anonymous;
import static io.ipaccord.testing.auth.Refusals.assertRefusedToAllButRole;
import static io.ipaccord.treaty.Fixtures.createTreaty;
import static io.ipaccord.treaty.Fixtures.deposit;
import static io.ipaccord.treaty.Fixtures.instrument;
import static io.ipaccord.treaty.Fixtures.treaty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.testing.auth.Refusals;
import io.ipaccord.testing.auth.Tokens;
import io.ipaccord.treaty.MemberStateEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Reads are public; registering a treaty and depositing or correcting an instrument need an editor; withdrawing, a
 * party-table import and the standings rebuild need an admin. A refused write changes nothing.
 */
@QuarkusTest
class WriteAuthorisationTest {

    private static final String TREATY = "TEST_AUTH";

    @Inject DataSource dataSource;

    @BeforeEach
    void statesAreKnown() {
        MemberStateEvents.ensureKnown(dataSource, List.of("XA", "XB"));
    }

    @Test
    void readsNeedNoToken() {
        anonymous().get("/treaties/BERNE").then().statusCode(200).body("code", equalTo("BERNE"));
        anonymous().queryParam("treaty", "BERNE").get("/instruments").then().statusCode(200);
    }

    @Test
    void registeringATreatyNeedsAnEditor() {
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON).body(treaty("TEST_AUTH_REFUSED", 2, 3)),
                request -> request.post("/treaties"), "editor");
        anonymous().get("/treaties/TEST_AUTH_REFUSED").then().statusCode(404);
        anonymous().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(treaty("TEST_AUTH_EDITOR", 2, 3)).post("/treaties").then().statusCode(201);
    }

    @Test
    void instrumentsNeedAnEditorAndWithdrawalsAnAdmin() {
        createTreaty(TREATY, 2, 3);
        long id = deposit(TREATY, "XA", "RATIFICATION", "2019-01-10").getLong("id");

        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(instrument(TREATY, "XB", "ACCESSION", "2019-02-10")),
                request -> request.post("/instruments"), "editor");
        assertRefusedToAllButRole(() -> anonymous().contentType(ContentType.JSON)
                .body(instrument(TREATY, "XA", "RATIFICATION", "2019-01-11")),
                request -> request.put("/instruments/" + id), "editor");
        assertRefusedToAllButRole(Refusals::anonymous, request -> request.delete("/instruments/" + id), "admin");

        anonymous().queryParam("treaty", TREATY).get("/instruments").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].depositDate", equalTo("2019-01-10"))
                .body("[0].withdrawn", equalTo(false));
    }

    @Test
    void aPartyTableImportAndTheRebuildNeedAnAdmin() throws IOException {
        createTreaty("TEST_AUTH_TABLE", 1, 3);
        String csv;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("partytables/PLT.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^PLT,", "TEST_AUTH_TABLE,");
        }
        assertRefusedToAllButRole(() -> anonymous().contentType("text/csv").body(csv),
                request -> request.put("/treaties/TEST_AUTH_TABLE/party-table"), "admin");
        anonymous().queryParam("treaty", "TEST_AUTH_TABLE").get("/instruments").then().statusCode(200)
                .body("", hasSize(0));

        assertRefusedToAllButRole(Refusals::anonymous, request -> request.post("/admin/standings/rebuild"), "admin");
        anonymous().header("Authorization", Tokens.bearer(Tokens.admin())).post("/admin/standings/rebuild")
                .then().statusCode(200).body("differences", hasSize(0));
    }
}
