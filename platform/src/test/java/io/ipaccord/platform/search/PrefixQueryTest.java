package io.ipaccord.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixQueryTest {

    @Test
    void everyWordBecomesARequiredPrefix() {
        assertThat(PrefixQuery.of("United King")).isEqualTo("united:* & king:*");
    }

    @Test
    void punctuationAndQuerySyntaxAreOnlySeparators() {
        assertThat(PrefixQuery.of("beijing & (treaty) | !x:*")).isEqualTo("beijing:* & treaty:* & x:*");
        assertThat(PrefixQuery.of("Côte d'Ivoire")).isEqualTo("côte:* & d:* & ivoire:*");
    }

    @Test
    void nothingSearchableGivesAnEmptyQuery() {
        assertThat(PrefixQuery.of(" ;-) ")).isEmpty();
    }
}
