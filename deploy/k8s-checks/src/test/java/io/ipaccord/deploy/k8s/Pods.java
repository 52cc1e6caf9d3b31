package io.ipaccord.deploy.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Small helpers over pod specs shared by the checks. */
final class Pods {

    private Pods() {
    }

    /** The container port a probe or Service refers to, by number or by name. */
    static OptionalInt port(Container container, IntOrString port) {
        if (port == null) {
            return OptionalInt.empty();
        }
        if (port.getIntVal() != null) {
            return OptionalInt.of(port.getIntVal());
        }
        return Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                .filter(p -> port.getStrVal().equals(p.getName())).mapToInt(ContainerPort::getContainerPort).findFirst();
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> wanted = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
        if (!wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        for (LabelSelectorRequirement r : Optional.ofNullable(selector.getMatchExpressions()).orElse(List.<LabelSelectorRequirement>of())) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).longValue();
    }

    /** A Quarkus duration: "25s", "1m", "500ms" or ISO-8601 ("PT25S"). */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(Long.parseLong(t));
        };
    }
}
