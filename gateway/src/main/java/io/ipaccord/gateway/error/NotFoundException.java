package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The thing named does not exist (mutations; queries answer null instead). */
@ErrorCode(NotFoundException.CODE)
public class NotFoundException extends GatewayException {

    public static final String CODE = "NOT_FOUND";

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
