package io.ipaccord.gateway.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Histogram buckets for the HTTP server timer, so Prometheus can compute percentiles across replicas
 * ({@code histogram_quantile(0.99, ... http_server_requests_seconds_bucket ...)}, the p99 alert and dashboard panel of
 * deploy/k8s/components/monitoring). Fixed boundaries, few series: 10 per URI, method and status.
 */
public class LatencyHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(seconds(0.025), seconds(0.05), seconds(0.1), seconds(0.25),
                                seconds(0.5), seconds(1), seconds(2.5), seconds(5), seconds(10))
                        .build().merge(config);
            }
        };
    }

    private static double seconds(double value) {
        return Duration.ofNanos((long) (value * 1e9)).toNanos();
    }
}
