package io.ipaccord.gateway.backend;

import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands each backend request, as the REST client is about to send it (on the calling thread), to the
 * {@link Deadline} watching that call, so that the deadline can cancel the request itself and not only the wait for
 * it. A {@link Provider}: it applies to every REST client of the gateway. Last of the request filters.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class InFlightRequests implements ResteasyReactiveClientRequestFilter {

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        RestClientRequestContext context = request.unwrap(RestClientRequestContext.class);
        if (context != null) {
            Deadline.sending(context);
        }
    }
}
