package io.ipaccord.testing.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Checks of the RFC 9457 problem details every service answers with. The media type and the type URIs are the REST
 * contract as clients see it, written here on purpose rather than taken from the services' own constants.
 */
public final class ProblemAssertions {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ipaccord.io/problems/";

    private ProblemAssertions() {
    }

    /**
     * Asserts a problem answer: the HTTP status, {@value #MEDIA_TYPE}, the same {@code status} in the body, the type
     * {@value #TYPE_BASE}{@code <slug>} (e.g. {@code validation}, {@code not-found}), a title and a detail. Returns the
     * response for further checks ({@code errors}, {@code instance}).
     */
    public static ValidatableResponse problem(Response response, int status, String slug) {
        return response.then().statusCode(status).contentType(MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", equalTo(TYPE_BASE + slug))
                .body("title", not(nullValue()))
                .body("detail", not(nullValue()));
    }

    /** Asserts a 400 validation problem whose first error names {@code field}. */
    public static ValidatableResponse invalid(Response response, String field) {
        return problem(response, 400, "validation").body("errors[0].field", equalTo(field));
    }
}
