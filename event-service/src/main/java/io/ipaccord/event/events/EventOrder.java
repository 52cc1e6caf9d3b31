package io.ipaccord.event.events;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.ipaccord.platform.problem.ProblemException;

/** A listing's order: {@code startDate} (default), {@code title}, {@code -} for descending; the id breaks ties. */
record EventOrder(Key key, boolean descending) {

    enum Key {
        START_DATE("startDate", "e.startDate"),
        TITLE("title", "e.title");

        final String parameter;
        final String property;

        Key(String parameter, String property) {
            this.parameter = parameter;
            this.property = property;
        }
    }

    static EventOrder parse(String value) {
        String text = value == null || value.isBlank() ? Key.START_DATE.parameter : value.trim();
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        Key key = Arrays.stream(Key.values()).filter(k -> k.parameter.equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of "
                        + Arrays.stream(Key.values()).map(k -> k.parameter).collect(Collectors.joining(", "))
                        + ", optionally preceded by '-' for descending order"));
        return new EventOrder(key, descending);
    }

    /** As given in {@code sort}; a cursor is only valid for the order it was made for. */
    String token() {
        return (descending ? "-" : "") + key.parameter;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return key.property + direction + ", e.id" + direction;
    }

    /** The condition selecting what comes after a position, in this order (keyset pagination). */
    String after() {
        String op = descending ? "<" : ">";
        return "(" + key.property + " " + op + " :afterKey or (" + key.property + " = :afterKey and e.id " + op + " :afterId))";
    }

    Object keyOf(Event event) {
        return key == Key.START_DATE ? event.startDate : event.title;
    }

    Object parseKey(String text) {
        return key == Key.START_DATE ? java.time.LocalDate.parse(text) : text;
    }
}
