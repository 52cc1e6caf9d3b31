package io.ipaccord.gateway;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.backend.BackendPolicy;
import io.ipaccord.gateway.event.EventServiceClient;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The three backends, each its REST client with its {@link BackendPolicy}: inject {@code Backend<MemberStateClient>}
 * and the like. One instance each, so every caller shares a backend's circuit breakers.
 */
@ApplicationScoped
public class Backends {

    private final BackendPolicy policy;

    Backends(BackendPolicy policy) {
        this.policy = policy;
    }

    @Produces
    @Singleton
    Backend<MemberStateClient> memberService(@RestClient MemberStateClient client) {
        return new Backend<>(MemberStateClient.SERVICE, client, policy.of(MemberStateClient.SERVICE));
    }

    @Produces
    @Singleton
    Backend<TreatyServiceClient> treatyService(@RestClient TreatyServiceClient client) {
        return new Backend<>(TreatyServiceClient.SERVICE, client, policy.of(TreatyServiceClient.SERVICE));
    }

    @Produces
    @Singleton
    Backend<EventServiceClient> eventService(@RestClient EventServiceClient client) {
        return new Backend<>(EventServiceClient.SERVICE, client, policy.of(EventServiceClient.SERVICE));
    }
}
