package io.ipaccord.gateway.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The alerts and the dashboard of deploy/k8s/components/monitoring watch metrics that exist: every metric name in
 * the PrometheusRule's expressions and the dashboard's queries is in a real scrape of /q/metrics of the gateway or of
 * one of the three services it runs against (the packaged services, started by {@link BackendServicesTestResource}).
 * A misspelt or removed metric would leave an alert that never fires; this fails instead.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MonitoringMetricsTest {

    static final Path MONITORING = Path.of("../deploy/k8s/components/monitoring");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYWORDS = Set.of("by", "without", "and", "or", "unless", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");
    private static final Pattern SAMPLE_NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    @Test
    void everyMetricTheAlertsAndTheDashboardUseIsExposed() throws Exception {
        // What an operator's Prometheus sees once traffic flows: a query through the backends (HTTP timers, circuit
        // breakers), one answering an error, and the kubelet's readiness probes.
        graphql("{ memberState(code: \\\"CN\\\") { name } treaty(code: \\\"BEIJING\\\") { partyCount } }");
        graphql("{ timeline(state: \\\"CN\\\", to: \\\"2030-12-31\\\") { date } }");
        graphql("{ memberState(code: \\\"1\\\") { name } }");
        given().get("/q/health/ready").then().statusCode(200);

        Map<String, String> scrapes = new TreeMap<>();
        scrapes.put("gateway", given().get("/q/metrics").then().statusCode(200).extract().asString());
        for (String service : List.of("member-service", "treaty-service", "event-service")) {
            String url = ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
            get(url + "/q/health/ready");
            scrapes.put(service, get(url + "/q/metrics"));
        }
        Set<String> exposed = new TreeSet<>();
        scrapes.values().forEach(s -> exposed.addAll(sampleNames(s)));

        Set<String> used = new TreeSet<>();
        rulesExpressions().forEach(e -> used.addAll(metricNames(e)));
        dashboardQueries().forEach(e -> used.addAll(metricNames(e)));

        assertThat(used).as("metrics the alerts and the dashboard use").contains("ipaccord_outbox_backlog",
                "ipaccord_outbox_backlog_age_seconds", "kafka_consumer_fetch_manager_records_lag_max",
                "ft_circuitbreaker_state_current", "http_server_requests_seconds_count",
                "http_server_requests_seconds_bucket", "ipaccord_gateway_graphql_errors_total",
                "ipaccord_gateway_graphql_operations_total");
        assertThat(exposed).as("metrics in the scrapes of the gateway and the services").containsAll(used);
        // the readiness alert counts the probes by URI: they must be counted at all
        assertThat(scrapes).allSatisfy((service, scrape) -> assertThat(scrape).as(service)
                .contains("uri=\"/q/health/ready\""));
    }

    @Test
    void metricNamesAreReadFromPromQL() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (service, le) (rate(a_bucket{uri!~\"/q/.*\"}[5m]))) > 2"
                + " and on (pod) b_total{x=\"y\"} / scalar(sum(rate(c{namespace=\"$namespace\"}[5m])))"))
                .containsExactlyInAnyOrder("a_bucket", "b_total", "c");
    }

    static List<String> rulesExpressions() throws IOException {
        JsonNode rule = YAML.readTree(MONITORING.resolve("prometheusrule.yaml").toFile());
        List<String> expressions = new ArrayList<>();
        rule.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> expressions.add(r.path("expr").asText())));
        assertThat(expressions).as("alert expressions").isNotEmpty().doesNotContain("");
        return expressions;
    }

    static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = JSON.readTree(MONITORING.resolve("dashboards/ipaccord.json").toFile());
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
        dashboard.path("templating").path("list").forEach(v -> {
            Matcher labelValues = Pattern.compile("label_values\\(([^,)]+)").matcher(v.path("query").path("query").asText());
            if (labelValues.find()) {
                queries.add(labelValues.group(1).trim());
            }
        });
        assertThat(queries).as("dashboard queries").isNotEmpty().doesNotContain("");
        return queries;
    }

    /** Metric names in a PromQL expression: identifiers that are not functions, keywords, labels or durations. */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher token = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()").matcher(bare);
        while (token.find()) {
            if (!KEYWORDS.contains(token.group(1))) {
                names.add(token.group(1));
            }
        }
        return names;
    }

    static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        Matcher line = SAMPLE_NAME.matcher(scrape);
        while (line.find()) {
            names.add(line.group(1));
        }
        return names;
    }

    private static void graphql(String query) {
        given().contentType("application/json").body("{\"query\":\"" + query + "\"}").post("/graphql").then()
                .statusCode(200);
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
