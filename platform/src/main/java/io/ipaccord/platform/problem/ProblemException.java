package io.ipaccord.platform.problem;

import java.util.List;

import io.ipaccord.platform.problem.Problem.FieldError;

/** A refusal a service states on purpose; mapped to problem details by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemKind.NOT_FOUND, detail, List.of());
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(ProblemKind.CONFLICT, detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(ProblemKind.UNPROCESSABLE, detail, List.of(new FieldError(field, detail)));
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemKind.VALIDATION, detail, List.of(new FieldError(field, detail)));
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
