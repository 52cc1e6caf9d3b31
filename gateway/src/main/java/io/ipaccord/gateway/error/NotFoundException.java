package io.ipaccord.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends GatewayException {

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return ErrorCodes.NOT_FOUND;
    }
}
