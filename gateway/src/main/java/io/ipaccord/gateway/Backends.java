package io.ipaccord.gateway;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.backend.BackendPolicy;
import io.ipaccord.gateway.consistency.ConsistencyClient;
import io.ipaccord.gateway.event.EventServiceClient;
import io.ipaccord.gateway.meeting.MeetingClient;
import io.ipaccord.gateway.instrument.InstrumentClient;
import io.ipaccord.gateway.membership.MembershipClient;
import io.ipaccord.gateway.memberstate.MemberStateClient;
import io.ipaccord.gateway.organisation.OrganisationClient;
import io.ipaccord.gateway.treaty.TreatyServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * The backends, each a REST client with its service's {@link BackendPolicy}: inject {@code Backend<MemberStateClient>}
 * and the like. member-service has two clients (member states, organisations), treaty-service four (treaties, standings, instruments, consistency), one per feature package, so
 * packages point one way. One instance each, so every caller shares its circuit breakers (one per operation).
 */
@ApplicationScoped
public class Backends {

    @Inject BackendPolicy policy;

    @Produces
    @Singleton
    Backend<MemberStateClient> memberService(@RestClient MemberStateClient client) {
        return backend(MemberStateClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<OrganisationClient> organisationService(@RestClient OrganisationClient client) {
        return backend(MemberStateClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<TreatyServiceClient> treatyService(@RestClient TreatyServiceClient client) {
        return backend(TreatyServiceClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<MembershipClient> membershipService(@RestClient MembershipClient client) {
        return backend(TreatyServiceClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<InstrumentClient> instrumentService(@RestClient InstrumentClient client) {
        return backend(TreatyServiceClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<ConsistencyClient> consistencyService(@RestClient ConsistencyClient client) {
        return backend(TreatyServiceClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<EventServiceClient> eventService(@RestClient EventServiceClient client) {
        return backend(EventServiceClient.SERVICE, client);
    }

    @Produces
    @Singleton
    Backend<MeetingClient> meetingService(@RestClient MeetingClient client) {
        return backend(EventServiceClient.SERVICE, client);
    }

    /** A client of {@code service} behind the fault tolerance that service's policy configures. */
    private <C> Backend<C> backend(String service, C client) {
        return new Backend<>(service, client, policy.of(service));
    }
}
