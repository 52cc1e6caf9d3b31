package io.ipaccord.gateway.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.HttpURLConnection;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.GraphQLDocuments;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.testing.kafka.TopicWriter;
import io.ipaccord.testing.process.ServiceProcess;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The fault suite: the packaged gateway and services (real Kafka, real PostgreSQL, real HTTP) under the faults a
 * production system meets. Short versions run in {@code ./mvnw verify}; {@code bench/fault-soak.sh} runs the same
 * tests longer and heavier ({@code -Dipaccord.fault.writes}, {@code -Dipaccord.fault.kafka-down}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSuiteIT {

    /** Writes sent through the gateway while Kafka is down. */
    static final int WRITES = Integer.getInteger("ipaccord.fault.writes", 1000);
    /** How long Kafka stays down; the writes are spread over it. */
    static final Duration KAFKA_DOWN = Duration.parse(System.getProperty("ipaccord.fault.kafka-down", "PT30S"));
    /** Member states the writes go to, each written WRITES / KEYS times in a row. */
    static final int KEYS = 50;
    static final Duration DEADLINE = Duration.ofMinutes(2);

    static final String UPDATE = GraphQLDocuments.load("update-member-state");
    static final String STATE_AND_TREATY = """
            query StateAndTreaty { memberState(code: "CN") { name } treaty(code: "BERNE") { code shortName } }""";
    static final String TREATY = "query Treaty { treaty(code: \"BERNE\") { code shortName } }";

    FaultStack stack;
    /** Each seeded member state's update input (what the mutation must repeat besides the name). */
    Map<String, Map<String, Object>> states;

    @BeforeAll
    void startTheSuite() throws SQLException {
        assertThat(WRITES % KEYS).as("ipaccord.fault.writes must be a multiple of " + KEYS).isZero();
        stack = FaultStack.start();
        states = new LinkedHashMap<>();
        try (Connection member = stack.memberDatabase()) {
            for (Map<String, Object> row : rows(member, "SELECT code, alpha3, numeric_code, name, member_since::text"
                    + " AS member_since FROM member_state ORDER BY code")) {
                Map<String, Object> input = new LinkedHashMap<>(Map.of("alpha3", row.get("alpha3"),
                        "numeric", row.get("numeric_code"), "name", row.get("name")));
                if (row.get("member_since") != null) {
                    input.put("memberSince", row.get("member_since"));
                }
                states.put((String) row.get("code"), input);
            }
        }
        assertThat(states).as("member-service's seeded states").hasSizeGreaterThan(KEYS);
        GraphQLCall both = GraphQLCall.post(stack.gateway.port(), STATE_AND_TREATY, Map.of());
        assertThat(both.succeeded("memberState") && both.succeeded("treaty")).as(both.toString()).isTrue();
    }

    @AfterAll
    void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ Kafka down

    @Test
    void everyWriteAcceptedWhileKafkaIsDownReachesEveryConsumerOnceAndInOrder() throws Exception {
        List<String> keys = states.keySet().stream().limit(KEYS).toList();
        String run = "outage " + Instant.now().toEpochMilli();
        try (GraphQLSubscriptions subscriptions = GraphQLSubscriptions.connect(URI.create(stack.gateway.baseUrl() + "/graphql"))) {
            GraphQLSubscriptions.Received changes = subscriptions.subscribe("member-state-changed", Map.of(),
                    "memberStateChanged");
            awaitSubscribed(changes, keys.get(0));

            Instant down = Instant.now();
            stack.kafka.stop();
            List<GraphQLCall> answers;
            try {
                answers = writeSpreadOver(keys, run, KAFKA_DOWN);
                // The outage lasts its full length even if the writes were quicker.
                Duration left = KAFKA_DOWN.minus(Duration.between(down, Instant.now()));
                if (!left.isNegative()) {
                    TimeUnit.MILLISECONDS.sleep(left.toMillis());
                }
            } finally {
                stack.kafka.start();
            }
            assertThat(answers).as("writes answered while Kafka was down").hasSize(WRITES)
                    .allSatisfy(a -> assertThat(a.succeeded("updateMemberState")).as(a.toString()).isTrue());

            Map<String, String> last = new LinkedHashMap<>();
            keys.forEach(key -> last.put(key, name(key, run, WRITES / KEYS)));
            awaitReplica(stack.treatyService, () -> stack.treatyDatabase(), last);
            awaitReplica(stack.eventService, () -> stack.eventDatabase(), last);

            // The gateway's subscribers saw every change once, in the order written per state.
            await("every change delivered to the subscription").atMost(DEADLINE).untilAsserted(() ->
                    assertThat(ofRun(changes.data(), run).size()).as("changes received").isGreaterThanOrEqualTo(WRITES));
            List<JsonObject> seen = ofRun(changes.data(), run);
            assertThat(seen).hasSize(WRITES);
            List<String> eventIds = seen.stream().map(c -> c.getString("eventId")).toList();
            assertThat(eventIds).doesNotHaveDuplicates();
            Map<String, List<String>> namesByKey = seen.stream().collect(Collectors.groupingBy(
                    c -> c.getString("code"), LinkedHashMap::new,
                    Collectors.mapping(FaultSuiteIT::stateName, Collectors.toList())));
            for (String key : keys) {
                List<String> expected = new ArrayList<>();
                for (int v = 1; v <= WRITES / KEYS; v++) {
                    expected.add(name(key, run, v));
                }
                assertThat(namesByKey.get(key)).as("changes of " + key + " in order").isEqualTo(expected);
            }
            // Each replica applied each of those events exactly once (its inbox row commits with the effect).
            for (Connection database : List.of(stack.treatyDatabase(), stack.eventDatabase())) {
                try (database) {
                    assertThat(processedCount(database, eventIds)).as("events applied by " + database.getCatalog())
                            .isEqualTo(WRITES);
                }
            }
        }
    }

    /** {@link #WRITES} updates through the gateway, spread evenly over {@code period}, in order per state. */
    private List<GraphQLCall> writeSpreadOver(List<String> keys, String run, Duration period) throws Exception {
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        long spacing = period.toNanos() / WRITES;
        try {
            List<Future<List<GraphQLCall>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    List<GraphQLCall> answers = new ArrayList<>();
                    // Write i goes to key i % KEYS as its version i / KEYS + 1; a key always has the same writer, so
                    // each key's writes are sent one after the other, in version order.
                    for (int i = 0; i < WRITES; i++) {
                        if ((i % KEYS) % writers != writer) {
                            continue;
                        }
                        long due = start + i * spacing - System.nanoTime();
                        if (due > 0) {
                            // Load shaping: the writes are spread over the outage, not a synchronisation.
                            TimeUnit.NANOSECONDS.sleep(due);
                        }
                        String key = keys.get(i % KEYS);
                        answers.add(update(stack.gateway.port(), key, name(key, run, i / KEYS + 1)));
                    }
                    return answers;
                }));
            }
            List<GraphQLCall> all = new ArrayList<>();
            for (Future<List<GraphQLCall>> result : results) {
                all.addAll(result.get(period.toSeconds() + DEADLINE.toSeconds(), TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitSubscribed(GraphQLSubscriptions.Received changes, String key) {
        // A probe write the subscription must see: it is listening before the outage starts.
        String probe = name(key, "probe " + Instant.now().toEpochMilli(), 0);
        await("the subscription is live").atMost(DEADLINE).until(() -> {
            update(stack.gateway.port(), key, probe);
            return changes.data().stream().anyMatch(c -> probe.equals(stateName(c)));
        });
    }

    private static List<JsonObject> ofRun(List<JsonObject> changes, String run) {
        return changes.stream().filter(c -> stateName(c) != null && stateName(c).contains(run)).toList();
    }

    /** The state's name in a memberStateChanged message, null when it has no state (a removal). */
    private static String stateName(JsonObject change) {
        JsonValue state = change.get("state");
        return state instanceof JsonObject object ? object.getString("name", null) : null;
    }

    private String name(String key, String run, int version) {
        String base = (String) states.get(key).get("name");
        return base + " (" + run + " v" + version + ")";
    }

    private GraphQLCall update(int gatewayPort, String key, String name) {
        Map<String, Object> input = new LinkedHashMap<>(states.get(key));
        input.put("name", name);
        return GraphQLCall.post(gatewayPort, UPDATE, Map.of("code", key, "input", input));
    }

    private interface Database {
        Connection open() throws SQLException;
    }

    /** The service's replica of member states holds {@code names} (its consumer has caught up with them). */
    private void awaitReplica(ServiceProcess service, Database database, Map<String, String> names) {
        await(service.name() + "'s replica holds the last name of every state written").atMost(DEADLINE)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    try (Connection connection = database.open()) {
                        Map<String, String> replica = new LinkedHashMap<>();
                        for (Map<String, Object> row : rows(connection,
                                "SELECT code, name FROM known_reference WHERE kind = 'MEMBER_STATE'")) {
                            replica.put((String) row.get("code"), (String) row.get("name"));
                        }
                        return names.entrySet().stream().allMatch(e -> e.getValue().equals(replica.get(e.getKey())));
                    }
                });
    }

    private static long processedCount(Connection database, List<String> eventIds) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE event_id = ANY (?)")) {
            statement.setArray(1, database.createArrayOf("text", eventIds.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ twice

    @Test
    void everyEventDeliveredTwiceLeavesEveryReplicaAsItWas() throws Exception {
        List<String> topics = List.of(Topics.MEMBER_STATES, Topics.ORGANISATIONS, Topics.TREATIES);
        BackendServicesTestResource.awaitOutboxRelayed(stack.memberService);
        BackendServicesTestResource.awaitOutboxRelayed(stack.treatyService);
        awaitConsumersCaughtUp();
        Map<String, List<Map<String, Object>>> before = replicaState();

        int redelivered = 0;
        try (TopicWriter writer = new TopicWriter(stack.kafka.bootstrapServers())) {
            for (String topic : topics) {
                try (TopicReader reader = TopicReader.fromBeginning(stack.kafka.bootstrapServers(), topic)) {
                    for (ConsumerRecord<String, String> record : reader.readToEnd(DEADLINE)) {
                        writer.redeliver(record);
                        redelivered++;
                    }
                }
            }
        }
        assertThat(redelivered).as("records delivered a second time").isGreaterThan(states.size());
        awaitConsumersCaughtUp();

        assertThat(differences(before, replicaState())).as("rows changed by the second deliveries").isEmpty();
    }

    /** Per table, the rows only before ({@code "- "}) and only after ({@code "+ "}). */
    private static Map<String, List<String>> differences(Map<String, List<Map<String, Object>>> before,
            Map<String, List<Map<String, Object>>> after) {
        Map<String, List<String>> changed = new LinkedHashMap<>();
        before.forEach((table, rows) -> {
            List<String> lines = new ArrayList<>();
            rows.stream().filter(row -> !after.get(table).contains(row)).forEach(row -> lines.add("- " + row));
            after.get(table).stream().filter(row -> !rows.contains(row)).forEach(row -> lines.add("+ " + row));
            if (!lines.isEmpty()) {
                changed.put(table, lines);
            }
        });
        return changed;
    }

    private void awaitConsumersCaughtUp() {
        String servers = stack.kafka.bootstrapServers();
        BackendServicesTestResource.awaitCaughtUp(servers, stack.treatyGroup, "treaty-service's consumers",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS);
        BackendServicesTestResource.awaitCaughtUp(servers, stack.eventGroup, "event-service's consumers",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS, Topics.TREATIES);
    }

    /** Every replica and projection the consumers keep, row by row, and their inboxes. */
    private Map<String, List<Map<String, Object>>> replicaState() throws SQLException {
        Map<String, List<Map<String, Object>>> state = new LinkedHashMap<>();
        try (Connection treaty = stack.treatyDatabase(); Connection event = stack.eventDatabase()) {
            state.put("treaty-service known_reference", rows(treaty, "SELECT * FROM known_reference ORDER BY kind, code"));
            state.put("treaty-service processed_event", rows(treaty, "SELECT * FROM processed_event ORDER BY consumer, event_id"));
            state.put("event-service known_reference", rows(event, "SELECT * FROM known_reference ORDER BY kind, code"));
            state.put("event-service treaty_adoption", rows(event, "SELECT * FROM treaty_adoption ORDER BY 1"));
            state.put("event-service processed_event", rows(event, "SELECT * FROM processed_event ORDER BY consumer, event_id"));
        }
        return state;
    }

    // ------------------------------------------------------------------------------------------------ PostgreSQL

    @Test
    void aServiceRidesOutItsDatabaseRestartingUnderLoad() throws Exception {
        long pid = stack.treatyService.pid();
        String key = states.keySet().stream().skip(KEYS).findFirst().orElseThrow();
        String run = "db restart " + Instant.now().toEpochMilli();
        ConcurrentLinkedQueue<GraphQLCall> answers = new ConcurrentLinkedQueue<>();
        List<GraphQLCall> writes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        try {
            for (int reader = 0; reader < 2; reader++) {
                load.submit(() -> {
                    while (loading.get()) {
                        answers.add(GraphQLCall.post(stack.gateway.port(), STATE_AND_TREATY, Map.of()));
                    }
                });
            }
            // Member-state changes go on meanwhile: treaty-service must consume them during and after its outage.
            load.submit(() -> {
                for (int v = 1; loading.get(); v++) {
                    writes.add(update(stack.gateway.port(), key, name(key, run, v)));
                    TimeUnit.MILLISECONDS.sleep(200); // Load shaping: five writes a second.
                }
                return null;
            });

            await("treaty answered before the restart").atMost(DEADLINE)
                    .until(() -> answers.stream().anyMatch(a -> a.succeeded("treaty")));
            stack.treatyPostgres.stop();
            Instant stopped = Instant.now();
            answers.clear();
            await("the other fields answered, treaty UNAVAILABLE").atMost(DEADLINE).until(() -> answers.stream()
                    .anyMatch(a -> "UNAVAILABLE".equals(a.errorCode("treaty"))
                            && a.data("memberState").hasNonNull("name")));
            int writesBeforeRestart = writes.size();
            await("writes to member-service go on while treaty-service's database is down").atMost(DEADLINE)
                    .until(() -> writes.size() >= writesBeforeRestart + 5);

            stack.treatyPostgres.start();
            Duration outage = Duration.between(stopped, Instant.now());
            answers.clear();
            await("treaty answered again after the restart").atMost(DEADLINE)
                    .until(() -> answers.stream().anyMatch(a -> a.succeeded("treaty")));
        } finally {
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(stack.treatyService.isAlive()).isTrue();
        assertThat(stack.treatyService.pid()).as("treaty-service was not restarted").isEqualTo(pid);
        assertThat(writes).allSatisfy(w -> assertThat(w.succeeded("updateMemberState")).as(w.toString()).isTrue());
        // What member-service published during the outage reached treaty-service's replica afterwards.
        String lastName = name(key, run, writes.size());
        awaitReplica(stack.treatyService, () -> stack.treatyDatabase(), Map.of(key, lastName));
        assertThat(answers).allSatisfy(a -> assertThat(a.data("memberState").path("name").asText())
                .as("memberState in " + a).isNotBlank());
    }

    // ------------------------------------------------------------------------------------------------ slow backend

    @Test
    void aBackendSlowerThanTheTimeoutOpensTheCircuitWhichClosesWhenItRecovers() {
        await("treaty-service answers through the proxy").atMost(DEADLINE)
                .until(() -> GraphQLCall.post(stack.gateway.port(), TREATY, Map.of()).succeeded("treaty"));
        stack.treatyProxy.delay(FaultStack.TREATY_TIMEOUT.multipliedBy(2));
        try {
            // Calls time out, then the circuit opens: they fail at once with a coded error, not after the timeout.
            List<GraphQLCall> failures = new ArrayList<>();
            await("the circuit opens").atMost(DEADLINE).until(() -> {
                GraphQLCall call = GraphQLCall.post(stack.gateway.port(), TREATY, Map.of());
                failures.add(call);
                return "UNAVAILABLE".equals(call.errorCode("treaty")) && call.took().toMillis() < 1000
                        && call.body().path("errors").path(0).path("message").asText().contains("paused");
            });
            assertThat(failures).allSatisfy(f -> assertThat(f.errorCode("treaty")).as(f.toString()).isEqualTo("UNAVAILABLE"));
            GraphQLCall member = GraphQLCall.post(stack.gateway.port(), STATE_AND_TREATY, Map.of());
            assertThat(member.data("memberState").path("name").asText()).as("member-service meanwhile").isNotBlank();
        } finally {
            stack.treatyProxy.delay(Duration.ZERO);
        }
        await("the circuit closes again once treaty-service is fast").atMost(DEADLINE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> GraphQLCall.post(stack.gateway.port(), TREATY, Map.of()).succeeded("treaty"));
        assertThat(GraphQLCall.post(stack.gateway.port(), TREATY, Map.of()).succeeded("treaty")).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ shutdown

    @Test
    void aGatewayShuttingDownUnderLoadCutsOffNoRequestItAccepted() throws Exception {
        // As in Kubernetes: readiness turns DOWN at SIGTERM, the gateway goes on serving for the delay while the
        // endpoint is taken out of the load balancer, then finishes what it holds within the timeout.
        ServiceProcess gateway = stack.startAnotherGateway("gateway-shutdown",
                Map.of("quarkus.shutdown.delay", "2s", "quarkus.shutdown.timeout", "30s"));
        List<String> keys = states.keySet().stream().skip(KEYS + 1).limit(4).toList();
        String run = "shutdown " + Instant.now().toEpochMilli();
        ConcurrentLinkedQueue<GraphQLCall> answers = new ConcurrentLinkedQueue<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean routed = new AtomicBoolean(true);
        AtomicInteger inFlight = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(keys.size() + 3);
        int inFlightAtSigterm;
        try {
            // The load balancer: routes to the gateway while its readiness answers 200, polled every 100 ms.
            load.submit(() -> {
                while (routed.get()) {
                    if (!ready(gateway)) {
                        routed.set(false);
                    }
                    TimeUnit.MILLISECONDS.sleep(100); // The probe period, not a synchronisation.
                }
                return null;
            });
            for (String key : keys) {
                load.submit(() -> {
                    for (int v = 1; routed.get(); v++) {
                        String name = name(key, run, v);
                        inFlight.incrementAndGet();
                        GraphQLCall call = update(gateway.port(), key, name);
                        inFlight.decrementAndGet();
                        answers.add(call);
                        if (call.succeeded("updateMemberState")) {
                            acknowledged.put(key, name);
                        }
                    }
                });
            }
            for (int reader = 0; reader < 2; reader++) {
                load.submit(() -> {
                    while (routed.get()) {
                        inFlight.incrementAndGet();
                        answers.add(GraphQLCall.post(gateway.port(), STATE_AND_TREATY, Map.of()));
                        inFlight.decrementAndGet();
                    }
                });
            }
            await("load on the gateway").atMost(DEADLINE)
                    .failFast("the gateway stopped being routed before the shutdown", () -> !routed.get())
                    .until(() -> answers.size() >= 40);
            Future<?> stopping = Executors.newSingleThreadExecutor().submit(gateway::stop); // SIGTERM, waits for exit
            inFlightAtSigterm = inFlight.get();
            stopping.get(2, TimeUnit.MINUTES);
            load.shutdown();
            assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            load.shutdownNow();
            gateway.stop();
        }
        assertThat(routed.get()).as("the load balancer saw readiness go DOWN").isFalse();
        assertThat(inFlightAtSigterm).as("requests in flight at SIGTERM").isPositive();
        assertThat(answers).as("requests cut off after the gateway accepted them")
                .noneMatch(a -> a.outcome() == GraphQLCall.Outcome.CUT_OFF);
        assertThat(answers).as("every answer is complete data, without errors")
                .allSatisfy(a -> assertThat(a.outcome() == GraphQLCall.Outcome.REFUSED
                        || (a.status() == 200 && !a.body().has("errors"))).as(a.toString()).isTrue());
        try (Connection member = stack.memberDatabase()) {
            for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                assertThat(rows(member, "SELECT name FROM member_state WHERE code = '" + write.getKey() + "'"))
                        .as("acknowledged write of " + write.getKey())
                        .containsExactly(Map.of("name", write.getValue()));
            }
        }
        assertThat(acknowledged).as("writes acknowledged before the shutdown").hasSize(keys.size());
    }

    /** False once readiness answers DOWN (503) or the port refuses connections; a slow answer is not a DOWN. */
    private static boolean ready(ServiceProcess service) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(service.baseUrl()
                    + ServiceProcess.READINESS_PATH).toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() != 503;
            } finally {
                connection.disconnect();
            }
        } catch (java.net.ConnectException e) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnLabel(c), result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
