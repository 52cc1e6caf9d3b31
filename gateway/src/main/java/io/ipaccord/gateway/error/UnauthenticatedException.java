package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A mutation without a valid token: none, expired, wrongly signed or from another issuer (REST's 401). */
@ErrorCode(UnauthenticatedException.CODE)
public class UnauthenticatedException extends GatewayException {

    public static final String CODE = "UNAUTHENTICATED";

    public UnauthenticatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
