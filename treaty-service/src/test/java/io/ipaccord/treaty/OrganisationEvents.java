package io.ipaccord.treaty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.awaitility.Awaitility;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.testing.kafka.TopicWriter;

/**
 * Publishes organisation events exactly as member-service's relay does (key = code, CloudEvents headers,
 * {@link OrganisationData} JSON), so tests can drive treaty-service's organisations replica without member-service.
 */
public final class OrganisationEvents {

    private OrganisationEvents() {
    }

    /** The organisations of platform's reference file, as member-service publishes them. */
    public static List<OrganisationData> seeded() {
        return CsvTable.fromClasspath("seed/organisations.csv").rows().stream()
                .map(r -> new OrganisationData(r.get("code"), r.get("name"), r.get("short_name"), List.of(r.get("source_url")),
                        r.get("verified_yes_no"), 0, Instant.now()))
                .toList();
    }

    /** Publishes a registration of each, with a new ce_id. */
    public static void publish(List<OrganisationData> organisations) {
        try (TopicWriter writer = MemberStateEvents.writer()) {
            organisations.forEach(o -> writer.sendCloudEvent(Topics.ORGANISATIONS, null, o.code(),
                    OrganisationEventType.REGISTERED.ceType(), "/ipaccord/member-service", UUID.randomUUID().toString(),
                    MemberStateEvents.toJson(o)));
        }
    }

    /** Registers each organisation of the reference file the replica lacks, and waits until it has them all. */
    public static void ensureKnown(DataSource dataSource) {
        List<OrganisationData> missing = seeded().stream()
                .filter(o -> !MemberStateEvents.isKnown(dataSource, "ORGANISATION", o.code())).toList();
        publish(missing);
        Awaitility.await().atMost(MemberStateEvents.DEADLINE)
                .until(() -> missing.stream().allMatch(o -> MemberStateEvents.isKnown(dataSource, "ORGANISATION", o.code())));
    }
}
