package io.ipaccord.gateway.fault;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.testing.auth.Tokens;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.net.SlowProxy;
import io.ipaccord.testing.postgres.PostgresServer;
import io.ipaccord.testing.postgres.PostgresTestResource;
import io.ipaccord.testing.postgres.RestartablePostgres;
import io.ipaccord.testing.process.ServiceProcess;

/**
 * The whole suite as users run it, every part a real process the fault tests can break: the packaged gateway and
 * the three packaged services on the JVM's Kafka broker; member-service and event-service on the shared PostgreSQL,
 * treaty-service on a PostgreSQL server of its own (so it can be restarted alone), reached by the gateway through a
 * proxy that can make it slow. Each service reads Kafka in a consumer group named here, so a test can tell when it
 * has caught up.
 */
final class FaultStack implements AutoCloseable {

    static final String MEMBER_DATABASE = PostgresTestResource.withSuffix("ipaccord_fault_member");
    static final String TREATY_DATABASE = "ipaccord_fault_treaty";
    static final String EVENT_DATABASE = PostgresTestResource.withSuffix("ipaccord_fault_event");
    static final Duration START_TIMEOUT = Duration.parse(System.getProperty("ipaccord.test.service-start-timeout", "PT3M"));

    /**
     * The gateway's guard around treaty-service, tightened so the slow-backend test needs seconds, not minutes: each
     * attempt may take 2 s; the circuit opens when half of the last 4 calls failed and tries again after 3 s.
     */
    static final Duration TREATY_TIMEOUT = Duration.ofSeconds(2);
    static final Duration CIRCUIT_DELAY = Duration.ofSeconds(3);
    static final Duration MEMBER_TIMEOUT = Duration.ofSeconds(15);
    /**
     * member-service's outbox relay gives up on a send after this long, far less than the Kafka outage of the suite:
     * rounds fail half-way and are sent again during the outage, which must neither reorder nor duplicate a change.
     */
    static final Duration MEMBER_DELIVERY_TIMEOUT = Duration.ofSeconds(5);

    final KafkaBroker kafka = KafkaBroker.shared();
    final PostgresServer postgres = PostgresServer.shared();
    final RestartablePostgres treatyPostgres;
    final ServiceProcess memberService;
    final ServiceProcess treatyService;
    final ServiceProcess eventService;
    final SlowProxy treatyProxy;
    final ServiceProcess gateway;
    final String treatyGroup;
    final String eventGroup;

    static FaultStack start() {
        KafkaBroker kafka = KafkaBroker.shared();
        BackendServicesTestResource.createTopics(kafka.bootstrapServers());
        PostgresServer postgres = PostgresServer.shared();
        RestartablePostgres treatyPostgres = RestartablePostgres.start("fault-treaty");
        String treatyGroup = "treaty-service-" + UUID.randomUUID();
        String eventGroup = "event-service-" + UUID.randomUUID();
        ServiceProcess member = BackendServicesTestResource.startReplicating("member-service", MEMBER_DATABASE,
                "member-service-" + UUID.randomUUID(), postgres, kafka,
                Map.of("ipaccord.outbox.relay.delivery-timeout", MEMBER_DELIVERY_TIMEOUT.toSeconds() + "s"));
        ServiceProcess treaty = BackendServicesTestResource.startReplicating("treaty-service", TREATY_DATABASE,
                treatyGroup, treatyPostgres.server(), kafka);
        BackendServicesTestResource.awaitOutboxRelayed(member);
        BackendServicesTestResource.awaitCaughtUp(kafka.bootstrapServers(), treatyGroup, "treaty-service's replicas",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS);
        ServiceProcess event = BackendServicesTestResource.startReplicating("event-service", EVENT_DATABASE,
                eventGroup, postgres, kafka);
        BackendServicesTestResource.awaitOutboxRelayed(treaty);
        BackendServicesTestResource.awaitCaughtUp(kafka.bootstrapServers(), eventGroup, "event-service's replicas",
                Topics.MEMBER_STATES, Topics.ORGANISATIONS, Topics.TREATIES);
        SlowProxy proxy = SlowProxy.to(treaty.port());
        ServiceProcess gateway = startGateway("gateway", member, proxy.url(), event, kafka, Map.of());
        return new FaultStack(treatyPostgres, member, treaty, event, proxy, gateway, treatyGroup, eventGroup);
    }

    private FaultStack(RestartablePostgres treatyPostgres, ServiceProcess memberService, ServiceProcess treatyService,
            ServiceProcess eventService, SlowProxy treatyProxy, ServiceProcess gateway, String treatyGroup,
            String eventGroup) {
        this.treatyPostgres = treatyPostgres;
        this.memberService = memberService;
        this.treatyService = treatyService;
        this.eventService = eventService;
        this.treatyProxy = treatyProxy;
        this.gateway = gateway;
        this.treatyGroup = treatyGroup;
        this.eventGroup = eventGroup;
    }

    /** Another gateway instance over the same services (a second replica, e.g. one to shut down). */
    ServiceProcess startAnotherGateway(String name, Map<String, String> extra) {
        return startGateway(name, memberService, treatyProxy.url(), eventService, kafka, extra);
    }

    private static ServiceProcess startGateway(String name, ServiceProcess member, String treatyUrl,
            ServiceProcess event, KafkaBroker kafka, Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(BackendServicesTestResource.MEMBER_SERVICE_URL, member.baseUrl());
        config.put(BackendServicesTestResource.TREATY_SERVICE_URL, treatyUrl);
        config.put(BackendServicesTestResource.EVENT_SERVICE_URL, event.baseUrl());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(Tokens.verification());
        String treaty = "ipaccord.gateway.backend.\"treaty-service\".";
        config.put(treaty + "timeout", TREATY_TIMEOUT.toMillis() + "ms");
        config.put("quarkus.rest-client.treaty-service.read-timeout", String.valueOf(TREATY_TIMEOUT.toMillis()));
        config.put(treaty + "circuit-breaker.request-volume", "4");
        config.put(treaty + "circuit-breaker.delay", CIRCUIT_DELAY.toMillis() + "ms");
        config.put(treaty + "circuit-breaker.success-threshold", "1");
        // member-service's guard as in production but for a longer timeout: this suite runs four JVMs and a broker on
        // a 2-core CI machine, and what it asserts (no write lost, no write failed) must not hinge on a 4 s budget.
        config.put("ipaccord.gateway.backend.\"member-service\".timeout", MEMBER_TIMEOUT.toMillis() + "ms");
        config.put("quarkus.rest-client.member-service.read-timeout", String.valueOf(MEMBER_TIMEOUT.toMillis()));
        // ... and the operation's deadline above it, so that budget is the one that applies.
        config.put("ipaccord.gateway.query.deadline", MEMBER_TIMEOUT.multipliedBy(2).toMillis() + "ms");
        config.putAll(extra);
        return ServiceProcess.start(name, ServiceProcess.quarkusApp("gateway"), config, START_TIMEOUT);
    }

    Connection memberDatabase() throws SQLException {
        return postgres.connect(MEMBER_DATABASE);
    }

    Connection treatyDatabase() throws SQLException {
        return treatyPostgres.server().connect(TREATY_DATABASE);
    }

    Connection eventDatabase() throws SQLException {
        return postgres.connect(EVENT_DATABASE);
    }

    @Override
    public void close() {
        gateway.stop();
        treatyProxy.close();
        eventService.stop();
        treatyService.stop();
        memberService.stop();
        treatyPostgres.close();
    }
}
