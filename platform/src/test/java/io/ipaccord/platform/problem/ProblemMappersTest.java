package io.ipaccord.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

class ProblemMappersTest {

    record Condition(@Min(1) int count) {
    }

    record Rule(List<@Valid Condition> conditions, List<@NotBlank String> sources, Map<String, @NotBlank String> labels) {
    }

    record Body(@NotNull String code, @Valid Rule rule) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void namesEachInvalidFieldByItsJsonPath() {
        Body body = new Body(null, new Rule(List.of(new Condition(1), new Condition(0)), List.of("a", " "), Map.of("en", "")));

        assertThat(validator.validate(body)).extracting(ProblemMappers::fieldOf)
                .containsExactlyInAnyOrder("code", "rule.conditions[1].count", "rule.sources[1]", "rule.labels[en]");
    }
}
