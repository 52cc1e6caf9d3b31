package io.ipaccord.gateway.example;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.example.PartyStandingsReplica.Standing;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The integrator's example agrees with the gateway: the standings {@link PartyStandingsReplica} rebuilds from
 * ipaccord.treaty-actions.v1 alone, from offset 0, are the gateway's {@code treaty { parties(asOf) }} for the seeded
 * Beijing Treaty (status, and the engine's computed date for those determined bound).
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class PartyStandingsReplicaTest {

    static final String TREATY = "BEIJING";
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 3);

    @Test
    void theStandingsRebuiltFromTheTopicAreTheGatewaysAnswer() {
        PartyStandingsReplica replica = PartyStandingsReplica.rebuild(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), TREATY, Duration.ofMinutes(1));
        List<Map<String, Object>> parties = given().contentType("application/json")
                .body("{\"query\":\"{ treaty(code: \\\"" + TREATY + "\\\") { parties(asOf: \\\"" + AS_OF
                        + "\\\") { partyCode status computedBound } } }\"}")
                .post("/graphql").then().statusCode(200).extract().path("data.treaty.parties");
        List<Standing> gateway = new ArrayList<>();
        for (Map<String, Object> p : parties) {
            if (p.get("status").equals(PartyStanding.DENOUNCED.name())) {
                continue; // a denunciation's effect date is not on the topic (see PartyStandingsReplica)
            }
            PartyStanding status = PartyStanding.valueOf((String) p.get("status"));
            LocalDate bound = p.get("computedBound") == null || status == PartyStanding.SIGNATORY ? null
                    : LocalDate.parse((String) p.get("computedBound"));
            gateway.add(new Standing((String) p.get("partyCode"), status, bound));
        }
        assertThat(replica.records()).as("records of %s read", TREATY).isPositive();
        assertThat(gateway).as("the gateway's parties of %s", TREATY)
                .anyMatch(s -> s.status() == PartyStanding.BOUND).anyMatch(s -> s.status() == PartyStanding.SIGNATORY);
        assertThat(replica.standings(AS_OF)).containsExactlyInAnyOrderElementsOf(gateway);
    }

    @Test
    void aRecordDeliveredTwiceIsAppliedOnce() {
        PartyStandingsReplica replica = PartyStandingsReplica.rebuild(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), TREATY, Duration.ofMinutes(1));
        List<Standing> before = replica.standings(AS_OF);
        long records = replica.records();
        String id = UUID.randomUUID().toString();
        String data = "{\"treaty\":\"" + TREATY + "\",\"state\":\"ZZ\",\"date\":\"2030-01-01\",\"instrumentId\":null,"
                + "\"someFieldOfALaterVersion\":1}";
        replica.apply(id, TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType(), data);
        replica.apply(id, TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType(), data);
        assertThat(replica.records()).isEqualTo(records + 1);
        assertThat(replica.duplicates()).isEqualTo(1);
        // a determination without an instrument of the party makes no standing
        assertThat(replica.standings(AS_OF)).isEqualTo(before);
    }
}
