package io.ipaccord.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's own gauges (/q/metrics of the gateway under test), and waiting on them. */
public final class GatewayMetrics {

    private GatewayMetrics() {
    }

    /** The value of sample {@code name{labels}}, e.g. {@code labels = channel="treaty-actions"}; 0 when absent. */
    public static double sample(String name, String labels) {
        Matcher value = Pattern.compile("^" + Pattern.quote(name + "{" + labels + "}") + "\\s+([0-9.eE+-]+)$",
                Pattern.MULTILINE).matcher(given().get("/q/metrics").asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    /** Once a feed holds partitions its start offsets are fixed: from then on no event is missed. */
    public static void awaitFeedAssigned(String channel) {
        await("feed " + channel + " assigned").atMost(Duration.ofSeconds(60))
                .until(() -> sample("ipaccord_gateway_feed_partitions", "channel=\"" + channel + "\"") > 0);
    }

    /** Until the gateway counts at least {@code count} open subscriptions of this field. */
    public static void awaitSubscriptions(String subscription, int count) {
        await(count + " open " + subscription + " subscription(s)").atMost(Duration.ofSeconds(20))
                .until(() -> sample("ipaccord_gateway_subscriptions_active",
                        "subscription=\"" + subscription + "\"") >= count);
    }
}
