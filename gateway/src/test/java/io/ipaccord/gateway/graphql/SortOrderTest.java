package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.event.EventSort;
import io.ipaccord.gateway.memberstate.MemberStateSort;

class SortOrderTest {

    @Test
    void theBackendsSpellingOfEverySortOrder() {
        assertThat(Arrays.stream(MemberStateSort.values()).map(SortOrder::parameter))
                .containsExactly("name", "-name", "code", "-code", "memberSince", "-memberSince");
        assertThat(Arrays.stream(EventSort.values()).map(SortOrder::parameter))
                .containsExactly("startDate", "-startDate", "title", "-title");
    }
}
