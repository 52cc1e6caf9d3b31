package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A valid token whose roles do not allow the mutation (REST's 403). */
@ErrorCode(ForbiddenException.CODE)
public class ForbiddenException extends GatewayException {

    public static final String CODE = "FORBIDDEN";

    public ForbiddenException(String message, Throwable cause) {
        super(message, cause);
    }
}
