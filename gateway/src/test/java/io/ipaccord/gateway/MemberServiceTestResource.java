package io.ipaccord.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.postgres.PostgresServer;
import io.ipaccord.testing.process.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The gateway's real backend for tests: the packaged member-service ({@code ../member-service/target/quarkus-app})
 * as a child process, on a fresh PostgreSQL database and the JVM's shared Kafka broker, which the gateway uses too.
 */
public class MemberServiceTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "ipaccord_gateway_member_test";
    /** Where tests find member-service itself, e.g. for its metrics. */
    public static final String MEMBER_SERVICE_URL = "quarkus.rest-client.member-service.url";

    private ServiceProcess memberService;

    @Override
    public Map<String, String> start() {
        KafkaBroker kafka = KafkaBroker.shared();
        createTopic(kafka.bootstrapServers());
        PostgresServer postgres = PostgresServer.shared();
        String jdbcUrl = postgres.createDatabase(DATABASE, true);
        memberService = ServiceProcess.start("member-service", ServiceProcess.quarkusApp("member-service"),
                Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                        "quarkus.datasource.username", postgres.username(),
                        "quarkus.datasource.password", postgres.password(),
                        "kafka.bootstrap.servers", kafka.bootstrapServers()),
                Duration.ofMinutes(2));
        return Map.of(
                MEMBER_SERVICE_URL, memberService.baseUrl(),
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        if (memberService != null) {
            memberService.stop();
        }
    }

    /** What deploy does in production: the topic exists before its consumers start. */
    private static void createTopic(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            NewTopic topic = new NewTopic(Topics.MEMBER_STATES, 3, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + Topics.MEMBER_STATES, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
