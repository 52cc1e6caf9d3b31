package io.ipaccord.gateway.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.error.DeadlineException;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;

/**
 * A backend call made for an operation whose deadline has passed is not attempted (nor retried): on the worker
 * threads that share the request's Vert.x context, as resolvers run, against the real member-service.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class BackendDeadlineTest {

    @Inject Backend<MemberStateClient> memberService;
    @Inject Vertx vertx;

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
