package io.ipaccord.gateway.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/** A backend could not answer; {@code extensions.service} names it. */
@ErrorCode(UnavailableException.CODE)
public class UnavailableException extends GatewayException {

    public static final String CODE = "UNAVAILABLE";

    private final String service;

    public UnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("service", service);
    }
}
