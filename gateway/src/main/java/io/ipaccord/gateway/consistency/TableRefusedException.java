package io.ipaccord.gateway.consistency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.gateway.backend.Problem;
import io.ipaccord.gateway.error.ValidationException;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A contracting-parties table treaty-service refused as a whole (nothing written): {@code VALIDATION} on field
 * {@code csv}, with {@code extensions.problems} listing each refused line as {@code {line, column, reason}}.
 */
@ErrorCode(ValidationException.CODE)
public class TableRefusedException extends ValidationException {

    private final List<Problem.FieldError> problems;

    TableRefusedException(String message, List<Problem.FieldError> problems, Throwable cause) {
        super(message, List.of(new Violation("csv", message)), cause);
        this.problems = List.copyOf(problems);
    }

    public List<Problem.FieldError> problems() {
        return problems;
    }

    @Override
    protected Map<String, Object> details() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Problem.FieldError problem : problems) {
            JsonObjectBuilder entry = Json.createObjectBuilder();
            if (problem.line() == null) {
                entry.addNull("line");
            } else {
                entry.add("line", problem.line());
            }
            entry.add("column", problem.column() == null ? "" : problem.column());
            String reason = problem.reason() != null ? problem.reason() : problem.message();
            entry.add("reason", reason == null ? "" : reason);
            list.add(entry);
        }
        Map<String, Object> details = new LinkedHashMap<>(super.details());
        details.put("problems", list.build());
        return details;
    }
}
