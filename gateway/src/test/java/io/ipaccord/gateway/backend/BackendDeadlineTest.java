package io.ipaccord.gateway.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.error.DeadlineException;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.ipaccord.testing.net.SlowProxy;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;

/**
 * A backend call made for an operation whose deadline has passed is not attempted (nor retried), and one still
 * waiting at the deadline is cut off there: on the worker threads that share the request's Vert.x context, as
 * resolvers run, against the real member-service (behind a proxy that makes it slow).
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class BackendDeadlineTest {

    @Inject Backend<MemberStateClient> memberService;
    @Inject Vertx vertx;
    @Inject BackendPolicy policies;

    @Test
    void noAttemptStartsPastTheDeadline() throws Exception {
        Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        Object late = onWorker(request, () -> {
            Deadline.set(System.nanoTime() - 1);
            try {
                return memberService.read("get", client -> client.get("CN"));
            } catch (RuntimeException refused) {
                return refused;
            }
        });

        assertThat(late).isInstanceOfSatisfying(DeadlineException.class, refused -> assertThat(refused.getExtensions())
                .containsEntry("code", "TIMEOUT").containsEntry("service", "member-service"));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEmpty();
    }

    @Test
    void aCallWithinTheDeadlineOrOutsideARequestIsMade() throws Exception {
        Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

        Object inTime = onWorker(request, () -> {
            Deadline.set(System.nanoTime() + Duration.ofMinutes(1).toNanos());
            return memberService.read("get", client -> client.get("CN")).name();
        });

        assertThat(inTime).isEqualTo("China");
        assertThat(memberService.read("get", client -> client.get("CN")).name()).isEqualTo("China");
    }

    @Test
    void aCallStillWaitingAtTheDeadlineIsCutOffThere() throws Exception {
        BackendPolicy.Service policy = policies.of(MemberStateClient.SERVICE);
        URI memberService = URI.create(ConfigProvider.getConfig()
                .getValue(BackendServicesTestResource.MEMBER_SERVICE_URL, String.class));
        try (SlowProxy slow = SlowProxy.to(memberService.getPort())) {
            // member-service answers only after the call's own timeout, so only the deadline can end it sooner.
            slow.delay(policy.timeout().plusSeconds(2));
            Backend<MemberStateClient> throughSlow = new Backend<>(MemberStateClient.SERVICE,
                    QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(slow.url())).build(MemberStateClient.class),
                    policy);
            Duration deadline = Duration.ofMillis(500);
            Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

            Object[] outcome = (Object[]) onWorker(request, () -> {
                long start = System.nanoTime();
                Deadline.set(start + deadline.toNanos());
                Object answer;
                try {
                    answer = throughSlow.read("get", client -> client.get("CN"));
                } catch (RuntimeException refused) {
                    answer = refused;
                }
                return new Object[] {answer, Duration.ofNanos(System.nanoTime() - start),
                        Thread.currentThread().isInterrupted()};
            });

            assertThat(outcome[0]).isInstanceOfSatisfying(DeadlineException.class, refused -> assertThat(
                    refused.getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("service", "member-service"));
            // Ended at the deadline, well before the attempt's own timeout would have ended it.
            assertThat((Duration) outcome[1]).isGreaterThanOrEqualTo(deadline).isLessThan(policy.timeout());
            assertThat(outcome[2]).as("worker thread left interrupted").isEqualTo(false);
            // The request itself is cancelled, not only the wait: its connection is closed long before the proxy would
            // pass member-service's answer on (without the reset it stays open, waiting, for the whole delay).
            await("the request's connection closed").atMost(Duration.ofSeconds(2))
                    .until(() -> slow.openConnections() == 0);
        }
    }

    private static Object onWorker(Context context, Callable<Object> body) throws Exception {
        CompletableFuture<Object> result = new CompletableFuture<>();
        context.runOnContext(start -> context.executeBlocking(body, false).onComplete(done -> {
            if (done.succeeded()) {
                result.complete(done.result());
            } else {
                result.completeExceptionally(done.cause());
            }
        }));
        return result.get(30, TimeUnit.SECONDS);
    }
}
