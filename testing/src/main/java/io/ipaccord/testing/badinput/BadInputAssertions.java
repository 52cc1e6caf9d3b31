package io.ipaccord.testing.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What every bad-input case must get: a 4xx (never a 5xx) with RFC 9457 problem details naming the field at fault
 * (REST), or GraphQL errors each with an {@code extensions.code} (a 4xx or a 200 with errors, no data written); never a
 * stack trace, a Java type or an exception's name anywhere in the body.
 */
public final class BadInputAssertions {

    /** What a body must never contain: Java packages, exception names, stack frames, Jackson's or Quarkus' internals. */
    public static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|Exception|com\\.fasterxml|io\\.ipaccord|org\\.jboss|io\\.quarkus|io\\.vertx|"
                    + "io\\.smallrye|graphql\\.|\\bat io\\.|\\bat java|Caused by|\\$Proxy|@[0-9a-f]{6,}\\b");

    private BadInputAssertions() {
    }

    /** A REST problem: 4xx as expected, problem+json, the field named when the case names one, nothing leaked. */
    public static void restProblem(BadInputCase c, Response response) {
        String body = response.asString();
        int status = response.statusCode();
        assertThat(status).as("%s: status (body %s)", c, abbreviate(body)).isBetween(400, 499);
        if (!c.expectedStatus().equals("4xx")) {
            assertThat(status).as("%s: status (body %s)", c, abbreviate(body)).isEqualTo(Integer.parseInt(c.expectedStatus()));
        }
        assertNoLeak(c, body);
        if (c.method().equals("HEAD")) {
            return;
        }
        assertThat(response.contentType()).as("%s: media type", c).startsWith("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getInt("status")).as("%s: problem status", c).isEqualTo(status);
        assertThat(problem.getString("type")).as("%s: problem type", c).startsWith("https://ipaccord.io/problems/");
        assertThat(problem.getString("title")).as("%s: title", c).isNotBlank();
        assertThat(problem.getString("detail")).as("%s: detail", c).isNotBlank();
        if (c.expectedField() != null) {
            List<String> fields = problem.getList("errors.field", String.class);
            assertThat(fields).as("%s: fields at fault (detail: %s)", c, problem.getString("detail")).contains(c.expectedField());
        }
    }

    /** A GraphQL refusal: a 4xx or a 200, errors each with a code (one of the expected), no data for a mutation. */
    public static void graphqlError(BadInputCase c, Response response) {
        String body = response.asString();
        int status = response.statusCode();
        assertThat(status).as("%s: status (body %s)", c, abbreviate(body)).satisfiesAnyOf(
                s -> assertThat(s).isEqualTo(200), s -> assertThat(s).isBetween(400, 499));
        if (!c.expectedStatus().equals("4xx") && !c.expectedStatus().equals("200")) {
            assertThat(status).as("%s: status", c).isEqualTo(Integer.parseInt(c.expectedStatus()));
        }
        assertNoLeak(c, body);
        if (body.isBlank()) {
            assertThat(c.expectedCodes()).as("%s: an empty answer carries none of the codes expected", c).isEmpty();
            assertThat(status).as("%s: an empty answer must at least be a 4xx", c).isBetween(400, 499);
            return;
        }
        JsonPath json = new JsonPath(body);
        List<Map<String, Object>> errors = json.getList("errors");
        assertThat(errors).as("%s: errors (body %s)", c, abbreviate(body)).isNotNull().isNotEmpty();
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(extensions).as("%s: extensions of %s", c, error).isNotNull();
            Object code = extensions.get("code");
            assertThat(code).as("%s: code of %s", c, error.get("message")).isNotNull();
        }
        if (!c.expectedCodes().isEmpty()) {
            assertThat(errors).as("%s: codes", c).anySatisfy(e -> assertThat(
                    ((Map<?, ?>) e.get("extensions")).get("code")).isIn(c.expectedCodes().toArray()));
        }
    }

    private static void assertNoLeak(BadInputCase c, String body) {
        var m = LEAK.matcher(body);
        assertThat(m.find()).as("%s: the answer names internals (%s) in %s", c, m.hitEnd() ? "" : safeGroup(m), abbreviate(body))
                .isFalse();
    }

    private static String safeGroup(java.util.regex.Matcher m) {
        try {
            return m.group();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
