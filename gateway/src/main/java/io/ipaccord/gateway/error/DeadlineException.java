package io.ipaccord.gateway.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The operation's deadline passed before this backend call could start or while it waited for its answer;
 * {@code extensions.service} names it.
 */
@ErrorCode(DeadlineException.CODE)
public class DeadlineException extends GatewayException {

    public static final String CODE = "TIMEOUT";

    private final String service;

    public DeadlineException(String service) {
        super("The query ran past its deadline before " + service + " answered", null);
        this.service = service;
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("service", service);
    }
}
