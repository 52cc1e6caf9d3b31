package io.ipaccord.gateway;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.auth.Tokens;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.net.FreePorts;
import io.ipaccord.testing.postgres.PostgresServer;
import io.ipaccord.testing.postgres.PostgresTestResource;
import io.ipaccord.testing.process.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The gateway's real backends for tests: the packaged member-service and treaty-service
 * ({@code ../<module>/target/quarkus-app}) as child processes, each on a fresh PostgreSQL database, both on the JVM's
 * shared Kafka broker, which the gateway uses too.
 * <p>
 * treaty-service learns member states and organisations only from Kafka. Before the tests start, its replicas have
 * caught up with everything member-service published (its seed of 194 states and 5 organisations included), so tests
 * can deposit for any seeded party.
 * <p>
 * event-service ({@link #WITH_EVENT_SERVICE}) learns member states and treaties only from Kafka too; its replicas
 * have caught up with both services' seeds before the tests start, so tests can schedule events naming any of them.
 */
public class BackendServicesTestResource implements QuarkusTestResourceLifecycleManager {

    // With testing's database suffix (-Dipaccord.test.database-suffix): two checkouts can run these tests at once.
    static final String MEMBER_DATABASE = PostgresTestResource.withSuffix("ipaccord_gateway_member_test");
    static final String TREATY_DATABASE = PostgresTestResource.withSuffix("ipaccord_gateway_treaty_test");
    static final String EVENT_DATABASE = PostgresTestResource.withSuffix("ipaccord_gateway_event_test");
    /** Where tests find the services themselves, e.g. for their metrics. */
    public static final String MEMBER_SERVICE_URL = "quarkus.rest-client.member-service.url";
    public static final String TREATY_SERVICE_URL = "quarkus.rest-client.treaty-service.url";
    public static final String EVENT_SERVICE_URL = "quarkus.rest-client.event-service.url";
    /** 2 minutes unless {@code -Dipaccord.test.service-start-timeout=PT5M} (a loaded machine starts them slowly). */
    static final Duration START_TIMEOUT = Duration.parse(System.getProperty("ipaccord.test.service-start-timeout", "PT2M"));
    static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(2);

    /** Init argument: {@code "false"} leaves treaty-service out (its URL points at a port nothing listens on). */
    public static final String WITH_TREATY_SERVICE = "withTreatyService";
    /** Init argument: {@code "false"} leaves event-service out (its URL points at a port nothing listens on). */
    public static final String WITH_EVENT_SERVICE = "withEventService";

    private ServiceProcess memberService;
    private ServiceProcess treatyService;
    private ServiceProcess eventService;
    private boolean withTreatyService = true;
    private boolean withEventService = true;

    @Override
    public void init(Map<String, String> args) {
        withTreatyService = Boolean.parseBoolean(args.getOrDefault(WITH_TREATY_SERVICE, "true"));
        withEventService = Boolean.parseBoolean(args.getOrDefault(WITH_EVENT_SERVICE, "true"));
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = KafkaBroker.shared();
        createTopics(kafka.bootstrapServers());
        PostgresServer postgres = PostgresServer.shared();
        memberService = ServiceProcess.start("member-service", ServiceProcess.quarkusApp("member-service"),
                verifyingTestTokens(Map.of("quarkus.datasource.jdbc.url", postgres.createDatabase(MEMBER_DATABASE, true),
                        "quarkus.datasource.username", postgres.username(),
                        "quarkus.datasource.password", postgres.password(),
                        "kafka.bootstrap.servers", kafka.bootstrapServers())),
                START_TIMEOUT);
        Map<String, String> config = new HashMap<>(Map.of(
                MEMBER_SERVICE_URL, memberService.baseUrl(),
                TREATY_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral(),
                EVENT_SERVICE_URL, "http://127.0.0.1:" + FreePorts.ephemeral(),
                "kafka.bootstrap.servers", kafka.bootstrapServers()));
        if (withTreatyService) {
            // A consumer group of its own, like a fresh installation: it reads the member states from the beginning.
            String replicaGroup = "treaty-service-" + UUID.randomUUID();
            treatyService = startReplicating("treaty-service", TREATY_DATABASE, replicaGroup, postgres, kafka);
            awaitReplicaCaughtUp(kafka.bootstrapServers(), replicaGroup);
            config.put(TREATY_SERVICE_URL, treatyService.baseUrl());
        }
        if (withEventService) {
            String replicaGroup = "event-service-" + UUID.randomUUID();
            eventService = startReplicating("event-service", EVENT_DATABASE, replicaGroup, postgres, kafka);
            awaitEventReplicasCaughtUp(kafka.bootstrapServers(), replicaGroup);
            config.put(EVENT_SERVICE_URL, eventService.baseUrl());
        }
        return config;
    }

    /** A packaged service on a fresh database, reading Kafka in a consumer group of its own, like a fresh installation. */
    public static ServiceProcess startReplicating(String module, String database, String replicaGroup,
            PostgresServer postgres, KafkaBroker kafka) {
        return startReplicating(module, database, replicaGroup, postgres, kafka, Map.of());
    }

    /** As above, with {@code settings} (configuration properties) added or overriding. */
    public static ServiceProcess startReplicating(String module, String database, String replicaGroup,
            PostgresServer postgres, KafkaBroker kafka, Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(Map.of("quarkus.datasource.jdbc.url",
                postgres.createDatabase(database, true),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.messaging.connector.smallrye-kafka.group.id", replicaGroup));
        config.putAll(settings);
        return ServiceProcess.start(module, ServiceProcess.quarkusApp(module), verifyingTestTokens(config),
                START_TIMEOUT);
    }

    /** {@code config} plus what verifies the tests' tokens ({@link Tokens}): each service checks them itself. */
    private static Map<String, String> verifyingTestTokens(Map<String, String> config) {
        Map<String, String> all = new HashMap<>(config);
        all.putAll(Tokens.verification());
        return all;
    }

    @Override
    public void stop() {
        if (eventService != null) {
            eventService.stop();
        }
        if (treatyService != null) {
            treatyService.stop();
        }
        if (memberService != null) {
            memberService.stop();
        }
    }

    /**
     * member-service's outbox is empty (its seed, written before it was ready, is all on Kafka) and treaty-service
     * has committed offsets up to the end of the member-states and organisations topics: its replicas hold every
     * party published.
     */
    private void awaitReplicaCaughtUp(String bootstrapServers, String group) {
        awaitOutboxRelayed(memberService);
        awaitCaughtUp(bootstrapServers, group, "treaty-service's member-state and organisation replicas",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS);
    }

    /** The service has published its seed (something at least) and nothing waits in its outbox. */
    public static void awaitOutboxRelayed(ServiceProcess service) {
        ServiceMetrics metrics = ServiceMetrics.at(service.baseUrl());
        await(service.name() + "'s outbox relayed").atMost(CATCH_UP_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> metrics.sample("ipaccord_outbox_published_total") > 0
                        && metrics.sample("ipaccord_outbox_pending") == 0);
    }

    /** Consumer group {@code group} has committed offsets up to the end of every partition of {@code topics}. */
    public static void awaitCaughtUp(String bootstrapServers, String group, String what, String... topics) {
        try (Admin admin = admin(bootstrapServers)) {
            await(what + " caught up").atMost(CATCH_UP_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .until(() -> lag(bootstrapServers, admin, group, topics) == 0);
        }
    }

    /**
     * treaty-service's outbox is empty too (its seeded treaties are on Kafka), and event-service has committed
     * offsets up to the end of both topics it replicates.
     */
    private void awaitEventReplicasCaughtUp(String bootstrapServers, String group) {
        if (treatyService != null) {
            awaitOutboxRelayed(treatyService);
        }
        awaitCaughtUp(bootstrapServers, group, "event-service's member-state, organisation and treaty replicas",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS, Topics.TREATIES);
    }

    /**
     * Records of these topics the group has not committed yet. The outbox relays publish in Kafka transactions, and
     * each commit leaves a marker (a control record, never delivered) at the end of a partition: a consumer that has
     * committed after its last record stays an offset short of the end. So the offsets between a partition's
     * committed one and its end are read (as {@code read_committed} consumers do) and only records are counted.
     */
    public static long lag(String bootstrapServers, Admin admin, String group, String... topics) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topics)).allTopicNames().get().values()
                .stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Range> behind = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long from = offset == null ? 0 : offset.offset();
            long end = ends.get(partition).offset();
            if (from < end) {
                behind.put(partition, new Range(from, end));
            }
        }
        return behind.isEmpty() ? 0 : recordsBetween(bootstrapServers, behind);
    }

    /** Offsets {@code from} (included) to {@code end} (excluded) of one partition. */
    private record Range(long from, long end) {
    }

    /** Records (not transaction markers) of each partition within its range. */
    private static long recordsBetween(String bootstrapServers, Map<TopicPartition, Range> ranges) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(ranges.keySet());
            ranges.forEach((partition, range) -> consumer.seek(partition, range.from()));
            long records = 0;
            Instant deadline = Instant.now().plusSeconds(10);
            while (ranges.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue().end())) {
                if (Instant.now().isAfter(deadline)) {
                    // Unknown: count the rest as records, so the caller waits on.
                    return records + ranges.entrySet().stream()
                            .mapToLong(e -> Math.max(0, e.getValue().end() - consumer.position(e.getKey()))).sum();
                }
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    Range range = ranges.get(new TopicPartition(record.topic(), record.partition()));
                    if (record.offset() < range.end()) {
                        records++;
                    }
                }
            }
            return records;
        }
    }

    /** What deploy does in production: the topics exist before their producers and consumers start. */
    public static void createTopics(String bootstrapServers) {
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.MEMBER_STATES, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")),
                new NewTopic(Topics.ORGANISATIONS, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")),
                new NewTopic(Topics.TREATIES, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")),
                new NewTopic(Topics.TREATY_ACTIONS, 3, (short) 1),
                new NewTopic(Topics.EVENTS, 3, (short) 1).configs(Map.of("cleanup.policy", "compact")));
        try (Admin admin = admin(bootstrapServers)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic.name(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Admin admin(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(config);
    }
}
