package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** Something the client cannot fix; the message says what without internals, the log has the cause. */
@ErrorCode(ErrorCodes.INTERNAL)
public class InternalException extends GatewayException {

    public InternalException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return ErrorCodes.INTERNAL;
    }
}
