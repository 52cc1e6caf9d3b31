package io.ipaccord.treaty.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.treaty.membership.MembershipService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The standings endpoints copy the stored JSON in SQL order ({@link StoredStandingsJson}); the service's own reads
 * parse it and sort it in Java. Over the whole seeded party tables (every party, every treaty, several dates) both give
 * the same standings, in the same order, under the same keys.
 */
@QuarkusTest
class StoredStandingsJsonTest {

    private static final List<String> DATES = List.of("1890-01-01", "1975-06-30", "1994-01-01", "2020-04-28", "2099-12-31");
    private static final TypeReference<Map<String, List<Membership>>> BY_CODE = new TypeReference<>() {
    };

    @Inject MembershipService memberships;
    @Inject StoredStandings standings;
    @Inject EntityManager entityManager;
    @Inject ObjectMapper json;

    @Test
    void everyPartysStandingsAreTheServicesInItsOrder() throws Exception {
        List<String> parties = codes("select distinct party_code from party_standing_interval order by 1");
        assertThat(parties).as("the seeded parties").hasSizeGreaterThan(150);
        for (String asOf : DATES) {
            for (List<String> chunk : chunks(parties)) {
                // asked in an order of their own, with one code twice and one unknown
                List<String> asked = reversed(chunk);
                asked.add(1, asked.get(0));
                asked.add("QQ");
                String body = given().queryParam("states", String.join(",", asked)).queryParam("asOf", asOf)
                        .get("/memberships/batch").then().statusCode(200).extract().asString();
                Map<String, List<Membership>> streamed = json.readValue(body, BY_CODE);
                Map<String, List<Membership>> expected = memberships.byStates(asked, LocalDate.parse(asOf));
                assertThat(new ArrayList<>(streamed.keySet())).as("keys as of %s", asOf)
                        .isEqualTo(new ArrayList<>(expected.keySet()));
                assertThat(streamed).as("standings as of %s", asOf).isEqualTo(expected);
            }
        }
        String china = given().queryParam("asOf", "2020-05-01").get("/states/CN/treaties").then().statusCode(200)
                .extract().asString();
        assertThat(json.readValue(china, new TypeReference<List<Membership>>() {
        })).isEqualTo(memberships.ofState("CN", LocalDate.parse("2020-05-01"))).hasSizeGreaterThan(15);
    }

    @Test
    void everyTreatysPartiesAreTheStoredOnesInTheirOrder() throws Exception {
        List<String> treaties = codes("select code from treaty order by 1");
        assertThat(treaties).as("the seeded treaties").hasSizeGreaterThan(25);
        for (String asOf : DATES) {
            List<String> asked = reversed(treaties);
            asked.add("NO_SUCH_TREATY");
            String body = given().queryParam("treaties", String.join(",", asked)).queryParam("asOf", asOf)
                    .get("/memberships/by-treaty/batch").then().statusCode(200).extract().asString();
            Map<String, List<Membership>> streamed = json.readValue(body, BY_CODE);
            Map<String, List<Membership>> stored = QuarkusTransaction.requiringNew()
                    .call(() -> standings.byTreaties(reversed(treaties), LocalDate.parse(asOf)));
            assertThat(new ArrayList<>(streamed.keySet())).as("keys as of %s", asOf)
                    .isEqualTo(new ArrayList<>(stored.keySet()));
            assertThat(streamed).as("parties as of %s", asOf).isEqualTo(new LinkedHashMap<>(stored));
        }
    }

    private List<String> codes(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql, String.class)
                .getResultList().stream().map(String.class::cast).toList());
    }

    private static List<String> reversed(List<String> codes) {
        List<String> out = new ArrayList<>(codes);
        Collections.reverse(out);
        return out;
    }

    private static List<List<String>> chunks(List<String> codes) {
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += MembershipService.MAX_BATCH - 2) {
            out.add(codes.subList(from, Math.min(codes.size(), from + MembershipService.MAX_BATCH - 2)));
        }
        return out;
    }
}
