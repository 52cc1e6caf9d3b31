package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The monitoring component's alert rules and dashboard, as rendered: the rules parse with Prometheus's own checker
 * (promtool), so do the dashboard's queries; every alert links a runbook section of deploy/README.md that exists;
 * the dashboard ConfigMap carries the label Grafana's sidecar looks for. (That every metric they name is exposed by
 * the services is the gateway's MonitoringMetricsTest, which scrapes them running.)
 */
class MonitoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNBOOKS = "https://github.com/ipaccord/ipaccord/blob/main/deploy/README.md#";
    static final Set<String> REQUIRED_ALERTS = Set.of("IpaccordOutboxBacklog", "IpaccordOutboxStale",
            "IpaccordConsumerLag", "IpaccordCircuitOpen", "IpaccordHttp5xxRate", "IpaccordGraphQLErrorRate",
            "IpaccordLatencyP99", "IpaccordReadinessFlapping");

    @TestFactory
    Stream<DynamicTest> rulesParseWithPromtool() {
        return withMonitoring().map(v -> dynamicTest(v.name(), () -> {
            JsonNode rule = single(v, "PrometheusRule");
            Path file = Workspace.dir().resolve("rules").resolve(v.name() + ".rules.yaml");
            Files.createDirectories(file.getParent());
            new YAMLMapper().writeValue(file.toFile(), rule.path("spec"));
            Proc result = promtool(file);
            assertThat(result.exitCode()).as("promtool check rules %s:\n%s%s", file, result.stdout(), result.stderr())
                    .isZero();
            assertThat(result.stdout()).contains("SUCCESS: " + alerts(rule).size() + " rules found");
            assertThat(alerts(rule)).containsAll(REQUIRED_ALERTS);
        }));
    }

    @Test
    void promtoolRejectsABrokenRule() throws IOException {
        Path file = Workspace.dir().resolve("rules").resolve("broken.rules.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                groups:
                  - name: broken
                    rules:
                      - alert: Broken
                        expr: sum by (service) (rate(http_server_requests_seconds_count[5m]) > 
                        for: 10m
                """);
        Proc result = promtool(file);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout() + result.stderr()).contains("\"Broken\": could not parse expression");
    }

    @TestFactory
    Stream<DynamicTest> everyAlertLinksARunbookSectionThatExists() throws IOException {
        String readme = Files.readString(Workspace.repoRoot().resolve("deploy/README.md"));
        Set<String> anchors = new TreeSet<>();
        Matcher heading = Pattern.compile("^#+ (.+)$", Pattern.MULTILINE).matcher(readme);
        while (heading.find()) {
            anchors.add(heading.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
        }
        return withMonitoring().map(v -> dynamicTest(v.name(), () -> {
            for (JsonNode rule : rules(single(v, "PrometheusRule"))) {
                String alert = rule.path("alert").asText();
                String url = rule.path("annotations").path("runbook_url").asText();
                assertThat(url).as("runbook_url of %s", alert).isEqualTo(RUNBOOKS + alert.toLowerCase(Locale.ROOT));
                assertThat(anchors).as("deploy/README.md section for %s", alert).contains(alert.toLowerCase(Locale.ROOT));
                assertThat(rule.path("labels").path("severity").asText()).as("severity of %s", alert)
                        .isIn("warning", "critical");
                assertThat(rule.path("annotations").path("summary").asText()).as("summary of %s", alert).isNotBlank();
            }
        }));
    }

    /** The dashboard is provisioned, and each of its queries is valid PromQL (checked as a recording rule). */
    @TestFactory
    Stream<DynamicTest> dashboardIsProvisionedAndItsQueriesParse() {
        return withMonitoring().map(v -> dynamicTest(v.name(), () -> {
            JsonNode map = v.find("ConfigMap", "ipaccord-grafana-dashboard")
                    .orElseThrow(() -> new AssertionError(v + ": no dashboard ConfigMap"));
            assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
            JsonNode dashboard = JSON.readTree(map.path("data").path("ipaccord.json").asText());
            List<String> queries = queries(dashboard);
            assertThat(queries).hasSizeGreaterThanOrEqualTo(REQUIRED_ALERTS.size());
            ObjectNode group = JSON.createObjectNode();
            ArrayNode rules = group.putArray("groups").addObject().put("name", "dashboard").putArray("rules");
            for (int i = 0; i < queries.size(); i++) {
                rules.addObject().put("record", "dashboard:query_" + i)
                        .put("expr", queries.get(i).replace("$namespace", "ipaccord"));
            }
            Path file = Workspace.dir().resolve("rules").resolve(v.name() + ".dashboard.rules.yaml");
            Files.createDirectories(file.getParent());
            new YAMLMapper().writeValue(file.toFile(), group);
            Proc result = promtool(file);
            assertThat(result.exitCode()).as("promtool on the dashboard's queries:\n%s%s", result.stdout(), result.stderr())
                    .isZero();
        }));
    }

    /** The PromQL of every panel target and templating query. */
    static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
        assertThat(queries).as("panel queries").doesNotContain("");
        return queries;
    }

    private static Proc promtool(Path file) {
        return Proc.run(List.of(Tools.promtool().toString(), "check", "rules", file.toString()), file.getParent(),
                Duration.ofMinutes(1));
    }

    private static Stream<Variant> withMonitoring() {
        List<Variant> variants = Variants.all().stream().filter(v -> v.has("monitoring")).toList();
        assertThat(variants).as("renderings with the monitoring component").isNotEmpty();
        return variants.stream();
    }

    private static List<JsonNode> rules(JsonNode prometheusRule) {
        List<JsonNode> rules = new ArrayList<>();
        prometheusRule.path("spec").path("groups").forEach(g -> g.path("rules").forEach(rules::add));
        return rules;
    }

    private static List<String> alerts(JsonNode prometheusRule) {
        return rules(prometheusRule).stream().map(r -> r.path("alert").asText()).toList();
    }

    private static JsonNode single(Variant v, String kind) {
        List<JsonNode> objects = v.ofKind(kind);
        assertThat(objects).as("%s objects in %s", kind, v).hasSize(1);
        return objects.get(0);
    }
}
