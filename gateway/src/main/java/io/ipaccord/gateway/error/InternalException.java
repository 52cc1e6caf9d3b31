package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** Something the client cannot fix; the message says what without internals, the log has the cause. */
@ErrorCode(InternalException.CODE)
public class InternalException extends GatewayException {

    public static final String CODE = "INTERNAL";

    public InternalException(String message, Throwable cause) {
        super(message, cause);
    }
}
