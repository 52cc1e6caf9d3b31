package io.ipaccord.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.ValidatableResponse;

/** Assertions on the errors of a GraphQL answer that many tests make alike. */
public final class GraphQLErrors {

    private GraphQLErrors() {
    }

    /** Every error is {@code UNAVAILABLE}, names {@code service} and says it cannot be reached or is paused. */
    public static ValidatableResponse allUnavailable(ValidatableResponse response, String service) {
        return response
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")))
                .body("errors.extensions.service", everyItem(equalTo(service)))
                .body("errors.message", everyItem(matchesPattern(
                        service + " (cannot be reached|is unavailable: calls are paused.*)")));
    }

    /** The first error is {@code UNAVAILABLE} on {@code path}, naming {@code service}. */
    public static ValidatableResponse firstUnavailable(ValidatableResponse response, String service, Object... path) {
        return response
                .body("errors[0].path", contains(path))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo(service));
    }
}
