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
 * A backend service's own Prometheus metrics: the requests it served by URI template (what the backend saw, not
 * what the gateway believes it sent), and any other sample.
 */
public final class ServiceMetrics {

    public static final ServiceMetrics MEMBER_SERVICE = new ServiceMetrics(BackendServicesTestResource.MEMBER_SERVICE_URL);
    public static final ServiceMetrics TREATY_SERVICE = new ServiceMetrics(BackendServicesTestResource.TREATY_SERVICE_URL);
    public static final ServiceMetrics EVENT_SERVICE = new ServiceMetrics(BackendServicesTestResource.EVENT_SERVICE_URL);

    private static final Pattern REQUEST_COUNT = Pattern.compile(
            "^http_server_requests_seconds_count\\{(.*)\\}\\s+([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    private final String urlProperty;
    private final String baseUrl;

    private ServiceMetrics(String urlProperty) {
        this.urlProperty = urlProperty;
        this.baseUrl = null;
    }

    private ServiceMetrics(String urlProperty, String baseUrl) {
        this.urlProperty = urlProperty;
        this.baseUrl = baseUrl;
    }

    /** The metrics of the service at {@code baseUrl} (for use before the gateway's configuration exists). */
    public static ServiceMetrics at(String baseUrl) {
        return new ServiceMetrics(null, baseUrl);
    }

    /** Requests served per URI template, the service's own endpoints only (not /q/...). */
    public Map<String, Long> requests() {
        Map<String, Long> byUri = new TreeMap<>();
        Matcher line = REQUEST_COUNT.matcher(scrape());
        while (line.find()) {
            Matcher uri = URI_LABEL.matcher(line.group(1));
            if (uri.find() && !uri.group(1).startsWith("/q/") && !uri.group(1).equals("NOT_FOUND")) {
                byUri.merge(uri.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
            }
        }
        return byUri;
    }

    /** Requests per URI between two readings; URIs without requests are left out. */
    public Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        requests().forEach((uri, count) -> {
            long added = count - before.getOrDefault(uri, 0L);
            if (added != 0) {
                delta.put(uri, added);
            }
        });
        return delta;
    }

    /** The value of an unlabelled sample such as {@code ipaccord_outbox_pending}, or -1 when absent. */
    public double sample(String name) {
        Matcher value = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{\\})?\\s+([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(scrape());
        return value.find() ? Double.parseDouble(value.group(1)) : -1;
    }

    private String scrape() {
        String url = baseUrl != null ? baseUrl : ConfigProvider.getConfig().getValue(urlProperty, String.class);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/q/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the metrics of " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
