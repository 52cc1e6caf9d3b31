package io.ipaccord.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProblemKindTest {

    /** The type URIs are the REST contract clients match on: the constant's name in kebab case. */
    @Test
    void typeUrisEndWithTheSlugClientsKnow() {
        assertThat(Arrays.stream(ProblemKind.values()).map(ProblemKind::type)).containsExactly(
                "https://ipaccord.io/problems/validation", "https://ipaccord.io/problems/unauthorized",
                "https://ipaccord.io/problems/forbidden", "https://ipaccord.io/problems/not-found",
                "https://ipaccord.io/problems/method-not-allowed", "https://ipaccord.io/problems/not-acceptable",
                "https://ipaccord.io/problems/conflict", "https://ipaccord.io/problems/content-too-large",
                "https://ipaccord.io/problems/uri-too-long", "https://ipaccord.io/problems/unsupported-media-type",
                "https://ipaccord.io/problems/unprocessable", "https://ipaccord.io/problems/internal",
                "https://ipaccord.io/problems/unavailable");
    }

    @Test
    void anUnlistedStatusFallsBackByItsClass() {
        assertThat(ProblemKind.forStatus(404)).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(ProblemKind.forStatus(418)).isEqualTo(ProblemKind.VALIDATION);
        assertThat(ProblemKind.forStatus(502)).isEqualTo(ProblemKind.INTERNAL);
    }
}
