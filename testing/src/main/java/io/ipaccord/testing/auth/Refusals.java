package io.ipaccord.testing.auth;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.ipaccord.testing.rest.ProblemAssertions;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Checks that a REST write refuses every caller who may not make it, with problem details: no token, an expired one,
 * one signed by another key, one from another issuer and one that is not a JWT at all answer 401 {@code unauthorized}
 * (with {@code WWW-Authenticate: Bearer}); a valid token without the role answers 403 {@code forbidden} (for a write
 * that needs {@code admin}, an editor's token too). The caller then checks that nothing was written.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Sends {@code send} (e.g. {@code r -> r.body(json).post("/member-states")}) once per unfit caller.
     *
     * @param base the request without credentials (content type, base URI, body...); a fresh one for each call
     * @param role the role the write needs: {@code editor} or {@code admin}
     */
    public static void assertRefusedToAllButRole(java.util.function.Supplier<RequestSpecification> base,
            Function<RequestSpecification, Response> send, String role) {
        Response missing = send.apply(base.get());
        ProblemAssertions.problem(missing, 401, "unauthorized").header("WWW-Authenticate", "Bearer");
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("expired", Tokens.expired(role));
        invalid.put("signed by another key", Tokens.wrongKey(role));
        invalid.put("from another issuer", Tokens.wrongIssuer(role));
        invalid.put("not a JWT", "not-a-jwt");
        invalid.forEach((what, token) -> ProblemAssertions.problem(
                send.apply(base.get().header("Authorization", Tokens.bearer(token))), 401, "unauthorized"));
        ProblemAssertions.problem(send.apply(base.get().header("Authorization", Tokens.bearer(Tokens.reader()))),
                403, "forbidden");
        if ("admin".equals(role)) {
            ProblemAssertions.problem(send.apply(base.get().header("Authorization", Tokens.bearer(Tokens.editor()))),
                    403, "forbidden");
        }
    }

    /** A request without the {@link WritesAsAdmin} token of the test run: no credentials unless added. */
    public static RequestSpecification anonymous() {
        return given().noFilters();
    }
}
