package io.ipaccord.gateway.auth;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends the GraphQL caller's {@code Authorization} header with every backend call the request makes (every REST
 * client of the gateway: a {@link Provider} filter applies to all), so each service verifies the token itself and
 * trusts nothing of the network. A call outside a client request (a subscription's feed) sends none.
 */
@Provider
public class ForwardedAuthorization implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext call) {
        String authorization = callerAuthorization();
        if (authorization != null && !call.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            call.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }

    /** The header of the HTTP request this call is made for; none outside a request (providers are not beans). */
    static String callerAuthorization() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        RoutingContext current = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return current == null ? null : current.request().getHeader(HttpHeaders.AUTHORIZATION);
    }
}
