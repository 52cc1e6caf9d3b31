package io.ipaccord.gateway;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** GraphQL documents from {@code src/test/resources/graphql}, sent to the gateway under test over HTTP. */
public final class GraphQLDocuments {

    private GraphQLDocuments() {
    }

    /**
     * The text of {@code graphql/<name>.graphql}, followed by the fragment documents it names on lines
     * {@code #import <name>} (e.g. {@code #import fragments/member-state-fields}).
     */
    public static String load(String name) {
        String text = read(name);
        StringBuilder document = new StringBuilder(text);
        text.lines().filter(line -> line.startsWith(IMPORT))
                .forEach(line -> document.append('\n').append(load(line.substring(IMPORT.length()).trim())));
        return document.toString();
    }

    private static final String IMPORT = "#import ";

    private static String read(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQLDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs document {@code name} with {@code variables} to /graphql; GraphQL answers 200 even with errors. */
    public static ValidatableResponse execute(String name, Map<String, ?> variables) {
        return post(load(name), variables);
    }

    public static ValidatableResponse execute(String name) {
        return execute(name, Map.of());
    }

    /** As the test run's admin (testing's {@code WritesAsAdmin} gives every POST its token). */
    public static ValidatableResponse post(String document, Map<String, ?> variables) {
        return post(given(), document, variables);
    }

    /**
     * Document {@code name} sent with {@code authorization} as the {@code Authorization} header ({@code Bearer <JWT>}),
     * or with none when it is null.
     */
    public static ValidatableResponse executeAs(String authorization, String name, Map<String, ?> variables) {
        RequestSpecification request = given().noFilters();
        return post(authorization == null ? request : request.header("Authorization", authorization), load(name),
                variables);
    }

    private static ValidatableResponse post(RequestSpecification request, String document, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return request.contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    /**
     * Asserts the fields of one object of the answer, e.g. {@code fields(answer, "data.event", "type", "FORUM",
     * "host.name", "China", "children", hasSize(0))}: each path below {@code object} matches its expectation, a
     * Hamcrest matcher or else a value it must equal.
     *
     * @param pathsAndExpected a path relative to {@code object}, then its expectation, and so on
     */
    public static ValidatableResponse fields(ValidatableResponse response, String object, Object... pathsAndExpected) {
        if (pathsAndExpected.length % 2 != 0) {
            throw new IllegalArgumentException("paths and expectations come in pairs");
        }
        for (int i = 0; i < pathsAndExpected.length; i += 2) {
            Object expected = pathsAndExpected[i + 1];
            response.body(object + "." + pathsAndExpected[i],
                    expected instanceof Matcher<?> matcher ? matcher : Matchers.equalTo(expected));
        }
        return response;
    }
}
