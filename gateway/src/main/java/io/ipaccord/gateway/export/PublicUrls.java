package io.ipaccord.gateway.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Where clients reach the services' exports: the base of the absolute links the schema hands out
 * ({@code Treaty.partyTableCsv} and the like). Defaults to the REST client URLs the gateway itself uses; set them
 * when clients reach the services by another address (an ingress).
 */
@ConfigMapping(prefix = "ipaccord.gateway.public-url")
public interface PublicUrls {

    /** treaty-service's public base URL ({@code IPACCORD_GATEWAY_PUBLIC_URL_TREATY_SERVICE}). */
    @WithName("treaty-service")
    @WithDefault("${quarkus.rest-client.treaty-service.url}")
    String treatyService();

    /** event-service's public base URL ({@code IPACCORD_GATEWAY_PUBLIC_URL_EVENT_SERVICE}). */
    @WithName("event-service")
    @WithDefault("${quarkus.rest-client.event-service.url}")
    String eventService();
}
