package io.ipaccord.gateway.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.gateway.backend.Problem;
import io.ipaccord.gateway.error.ValidationException;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * A meetings table pair event-service refused as a whole (nothing written): {@code VALIDATION}, with
 * {@code extensions.problems} listing each problem as {@code {file, line, column, reason}} (file: meetings or participants).
 */
@ErrorCode(ValidationException.CODE)
public class MeetingsRefusedException extends ValidationException {

    private final List<Problem.FieldError> problems;

    MeetingsRefusedException(String message, List<Problem.FieldError> problems, Throwable cause) {
        super(message, problems.stream().map(Problem.FieldError::field).distinct()
                .map(file -> new Violation(file, message)).toList(), cause);
        this.problems = List.copyOf(problems);
    }

    @Override
    protected Map<String, Object> details() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Problem.FieldError problem : problems) {
            list.add(Json.createObjectBuilder()
                    .add("file", problem.field() == null ? "" : problem.field())
                    .add("line", problem.line())
                    .add("column", problem.column() == null ? "" : problem.column())
                    .add("reason", problem.reason() == null ? problem.message() : problem.reason()));
        }
        Map<String, Object> details = new LinkedHashMap<>(super.details());
        details.put("problems", list.build());
        return details;
    }
}
