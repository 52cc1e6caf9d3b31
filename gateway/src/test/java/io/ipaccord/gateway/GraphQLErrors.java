package io.ipaccord.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;

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

    /**
     * Each of the root fields {@code fields} is null with an error of its own on its path, and every error (no others)
     * is {@code UNAVAILABLE}, naming {@code service}.
     */
    public static ValidatableResponse rootFieldsUnavailable(ValidatableResponse response, String service,
            String... fields) {
        for (String field : fields) {
            response.body("data." + field, nullValue());
        }
        return allUnavailable(response
                .body("errors", hasSize(fields.length))
                .body("errors.path", containsInAnyOrder(Arrays.stream(fields).map(List::of).toArray())), service);
    }

    /** The first error is {@code UNAVAILABLE} on {@code path}, naming {@code service}. */
    public static ValidatableResponse firstUnavailable(ValidatableResponse response, String service, Object... path) {
        return response
                .body("errors[0].path", contains(path))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo(service));
    }

    /**
     * Root field {@code field} is null, refused by the first error, on its path, with {@code code}; when {@code fields}
     * are given, {@code extensions.fields} names exactly those, in that order.
     */
    public static ValidatableResponse refused(ValidatableResponse response, String field, String code,
            String... fields) {
        response.body("data." + field, nullValue())
                .body("errors[0].path", contains(field))
                .body("errors[0].extensions.code", equalTo(code));
        return fields.length == 0 ? response : response.body("errors[0].extensions.fields", contains(fields));
    }
}
