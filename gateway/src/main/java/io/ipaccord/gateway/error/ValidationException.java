package io.ipaccord.gateway.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * Refused input. {@code extensions.fields} lists the offending input field names, {@code extensions.violations}
 * pairs each with its message.
 */
@ErrorCode(ValidationException.CODE)
public class ValidationException extends GatewayException {

    public static final String CODE = "VALIDATION";

    /** One refused input field; {@code field} is null when the refusal is not about a single field. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public ValidationException(String message, List<Violation> violations, Throwable cause) {
        super(message, cause);
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(field + ": " + message, List.of(new Violation(field, message)), null);
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<String> fields() {
        return violations.stream().map(Violation::field).filter(f -> f != null).distinct().toList();
    }

    /** "name: must not be blank; alpha3: must be ..." - a readable summary for {@code message}. */
    public static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() == null ? v.message() : v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }

    @Override
    protected Map<String, Object> details() {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        fields().forEach(fields::add);
        JsonArrayBuilder details = Json.createArrayBuilder();
        for (Violation violation : violations) {
            var detail = Json.createObjectBuilder();
            if (violation.field() == null) {
                detail.addNull("field");
            } else {
                detail.add("field", violation.field());
            }
            details.add(detail.add("message", violation.message() == null ? "" : violation.message()));
        }
        return Map.of("fields", fields.build(), "violations", details.build());
    }
}
