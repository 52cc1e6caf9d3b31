package io.ipaccord.gateway.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/** A backend could not answer; {@code extensions.service} names it. */
@ErrorCode(ErrorCodes.UNAVAILABLE)
public class UnavailableException extends GatewayException {

    private final String service;

    public UnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    @Override
    public String code() {
        return ErrorCodes.UNAVAILABLE;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("service", service);
    }
}
