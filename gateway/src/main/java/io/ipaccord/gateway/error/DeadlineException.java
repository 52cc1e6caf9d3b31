package io.ipaccord.gateway.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/** The operation's deadline passed before this backend call could start; {@code extensions.service} names it. */
@ErrorCode(DeadlineException.CODE)
public class DeadlineException extends GatewayException {

    public static final String CODE = "TIMEOUT";

    private final String service;

    public DeadlineException(String service) {
        super("The query ran past its deadline before " + service + " was asked", null);
        this.service = service;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("service", service);
    }
}
