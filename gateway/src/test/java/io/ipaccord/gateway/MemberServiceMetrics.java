package io.ipaccord.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests member-service has served under /member-states, by URI template, read from its own Prometheus
 * metrics: what the backend saw, not what the gateway believes it sent.
 */
public final class MemberServiceMetrics {

    private static final Pattern COUNT = Pattern.compile(
            "^http_server_requests_seconds_count\\{([^}]*)\\}\\s+([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    private MemberServiceMetrics() {
    }

    public static Map<String, Long> memberStateRequests() {
        String url = ConfigProvider.getConfig().getValue(MemberServiceTestResource.MEMBER_SERVICE_URL, String.class);
        String metrics;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/q/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            metrics = response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read member-service metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, Long> byUri = new TreeMap<>();
        Matcher line = COUNT.matcher(metrics);
        while (line.find()) {
            Matcher uri = URI_LABEL.matcher(line.group(1));
            if (uri.find() && uri.group(1).startsWith("/member-states")) {
                byUri.merge(uri.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
            }
        }
        return byUri;
    }

    /** Requests per URI between two readings; URIs without requests are left out. */
    public static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        memberStateRequests().forEach((uri, count) -> {
            long added = count - before.getOrDefault(uri, 0L);
            if (added != 0) {
                delta.put(uri, added);
            }
        });
        return delta;
    }
}
