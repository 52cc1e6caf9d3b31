package io.ipaccord.testing.badinput;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One case of a bad-input corpus: a JSON Lines file under {@code src/test/resources/bad-input/}, one case a line (blank
 * lines and lines starting with {@code //} are skipped). Fields:
 * <ul>
 * <li>{@code name}: unique in its file; {@code method} (default POST), {@code path}, {@code query} (an object of
 * parameters), {@code headers}, {@code contentType} (default {@code application/json});</li>
 * <li>the body, one of: {@code body} (text), {@code json} (any JSON value, sent as written), {@code base64} (raw bytes,
 * e.g. invalid UTF-8), {@code parts} (multipart/form-data, an object of part name to text); for GraphQL also
 * {@code graphql} (the document) with {@code variables} and {@code operationName} (sent as the JSON request), or
 * {@code raw} (the HTTP body as is); {@code "chunked": true} sends it without {@code Content-Length}, in chunks. Text
 * may repeat a piece: {@code ⟦1000*x⟧} stands for {@code x} a thousand times (oversized strings, deep nesting, alias
 * floods);</li>
 * <li>what is expected: {@code status} (a number, or {@code "4xx"}), {@code field} (named by {@code errors[].field} of
 * a REST problem), {@code code} (the GraphQL error's {@code extensions.code}; a list allows any of several).</li>
 * </ul>
 */
public record BadInputCase(String file, int line, JsonNode spec) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("⟦(\\d+)\\*(.*?)⟧", Pattern.DOTALL);
    private static final RestAssuredConfig EXACT_CONTENT_TYPE = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** The cases of a classpath resource, e.g. {@code bad-input/member-states.jsonl}, checked for unique names. */
    public static List<BadInputCase> load(String resource) {
        List<BadInputCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("//")) {
                    continue;
                }
                JsonNode spec = JSON.readTree(text);
                BadInputCase c = new BadInputCase(resource, line, spec);
                if (!names.add(c.name())) {
                    throw new IllegalStateException(resource + ":" + line + ": duplicate case name " + c.name());
                }
                cases.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return cases;
    }

    public String name() {
        return text("name", file + ":" + line);
    }

    public String method() {
        return text("method", "POST");
    }

    /** The path with its {@code ⟦n*x⟧} pieces expanded. */
    public String path() {
        return expand(text("path", "/"));
    }

    public String expectedStatus() {
        return text("status", "4xx");
    }

    public String expectedField() {
        return text("field", null);
    }

    /** The GraphQL codes any of which is expected, empty when any code will do. */
    public List<String> expectedCodes() {
        JsonNode code = spec.get("code");
        if (code == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (code.isArray()) {
            code.forEach(c -> out.add(c.asText()));
        } else {
            out.add(code.asText());
        }
        return out;
    }

    /** The request described, on {@code request} (where the module adds what every request of its needs). */
    public RequestSpecification applyTo(RequestSpecification request) {
        RequestSpecification r = request.config(EXACT_CONTENT_TYPE).urlEncodingEnabled(true);
        if (spec.has("headers")) {
            spec.get("headers").fields().forEachRemaining(h -> r.header(h.getKey(), expand(h.getValue().asText())));
        }
        if (spec.has("query") && spec.get("query").isObject()) {
            spec.get("query").fields().forEachRemaining(q -> r.queryParam(q.getKey(), expand(q.getValue().asText())));
        }
        String contentType = text("contentType", "application/json");
        if (spec.has("parts")) {
            r.contentType("multipart/form-data");
            spec.get("parts").fields().forEachRemaining(p -> r.multiPart(p.getKey(), p.getKey() + ".csv",
                    expand(p.getValue().asText()).getBytes(StandardCharsets.UTF_8), "text/csv"));
            return r;
        }
        byte[] body = body();
        if (body != null && spec.path("chunked").asBoolean(false)) {
            r.contentType(contentType).body(new ByteArrayInputStream(body)); // no Content-Length: chunked
        } else if (body != null) {
            r.contentType(contentType).body(body);
        } else if (spec.has("contentType")) {
            r.contentType(contentType);
        }
        return r;
    }

    /** Sends the request described on {@code request}. */
    public Response send(RequestSpecification request) {
        return applyTo(request).request(method(), path());
    }

    private byte[] body() {
        if (spec.has("base64")) {
            return Base64.getDecoder().decode(spec.get("base64").asText());
        }
        if (spec.has("body")) {
            return expand(spec.get("body").asText()).getBytes(StandardCharsets.UTF_8);
        }
        if (spec.has("raw")) {
            return expand(spec.get("raw").asText()).getBytes(StandardCharsets.UTF_8);
        }
        if (spec.has("json")) {
            return expandAll(spec.get("json")).toString().getBytes(StandardCharsets.UTF_8);
        }
        if (spec.has("graphql")) {
            ObjectNode request = JSON.createObjectNode();
            request.put("query", expand(spec.get("graphql").asText()));
            if (spec.has("variables")) {
                request.set("variables", expandAll(spec.get("variables")));
            }
            if (spec.has("operationName")) {
                request.set("operationName", spec.get("operationName"));
            }
            return request.toString().getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private JsonNode expandAll(JsonNode node) {
        if (node.isTextual()) {
            return JSON.getNodeFactory().textNode(expand(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields.put(expand(f.getKey()), expandAll(f.getValue()));
            }
            copy.setAll(fields);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(expandAll(e)));
            return copy;
        }
        return node;
    }

    static String expand(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String text(String field, String fallback) {
        JsonNode node = spec.get(field);
        return node == null || node.isNull() ? fallback : node.asText();
    }

    @Override
    public String toString() {
        return name();
    }
}
