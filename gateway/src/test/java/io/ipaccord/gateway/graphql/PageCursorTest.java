package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.error.ValidationException;

class PageCursorTest {

    @Test
    void roundTripsBackendCursorAndSkip() {
        PageCursor cursor = new PageCursor("bzo1MA", 3);

        assertThat(PageCursor.decode(cursor.encode(), "after")).isEqualTo(cursor);
    }

    @Test
    void startHasNoBackendCursor() {
        assertThat(PageCursor.decode(null, "after")).isEqualTo(PageCursor.START);
        assertThat(PageCursor.decode(PageCursor.START.advance(2).encode(), "after")).isEqualTo(new PageCursor(null, 2));
    }

    @Test
    void refusesWhatItDidNotIssueNamingTheArgument() {
        String foreign = Base64.getUrlEncoder().encodeToString("o:50".getBytes(StandardCharsets.UTF_8));

        for (String bad : new String[] { "garbage!", foreign, "YzE6LTE6" /* c1:-1: */ }) {
            assertThatThrownBy(() -> PageCursor.decode(bad, "after"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fields()).containsExactly("after"));
        }
    }
}
