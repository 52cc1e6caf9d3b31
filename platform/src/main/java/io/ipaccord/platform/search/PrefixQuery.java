package io.ipaccord.platform.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a PostgreSQL {@code to_tsquery} text where every word must start a
 * word of the document ({@code bei chi} matches "Beijing", "China"). Punctuation separates words
 * and never reaches the query syntax.
 */
public final class PrefixQuery {

    private PrefixQuery() {
    }

    /** The query text, or empty when {@code text} holds no letter or digit. */
    public static String of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
    }
}
