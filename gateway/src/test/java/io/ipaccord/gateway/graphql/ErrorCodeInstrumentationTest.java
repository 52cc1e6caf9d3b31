package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

class ErrorCodeInstrumentationTest {

    @Test
    void engineErrorsGetCodes() {
        assertThat(code(GraphqlErrorBuilder.newError().message("boom").errorType(ErrorType.InvalidSyntax).build()))
                .isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(code(GraphqlErrorBuilder.newError().message("odd").path(List.of("memberState")).build()))
                .isEqualTo("INTERNAL");
    }

    @Test
    void validationErrorsStayValidationErrors() {
        ValidationError error = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Field 'nodez' in type 'MemberStateConnection' is undefined")
                .queryPath(List.of("memberStates", "nodez"))
                .build();

        GraphQLError coded = ErrorCodeInstrumentation.withCode(error);

        assertThat(coded).isInstanceOf(ValidationError.class);
        assertThat(coded.getMessage()).isEqualTo(error.getMessage());
        assertThat(coded.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void existingCodesAreKept() {
        GraphQLError error = GraphqlErrorBuilder.newError().message("gone").extensions(Map.of("code", "NOT_FOUND"))
                .build();

        assertThat(ErrorCodeInstrumentation.withCode(error)).isSameAs(error);
    }

    private static Object code(GraphQLError error) {
        return ErrorCodeInstrumentation.withCode(error).getExtensions().get("code");
    }
}
