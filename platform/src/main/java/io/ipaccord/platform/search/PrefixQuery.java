package io.ipaccord.platform.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

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

    /**
     * Full-text search of {@code table} by its {@code search_document} column: rows of {@code code} and rank
     * ({@code ts_rank}), best first, ties by {@code tieBreak}; none when {@code text} holds no word.
     *
     * @param table    and {@code tieBreak}: SQL names written in the caller's code, never user input
     */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rankedCodes(EntityManager entityManager, String table, String tieBreak, String text,
            int limit) {
        String query = of(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("SELECT code, ts_rank(search_document, query) AS rank FROM " + table
                + ", to_tsquery('simple', :query) AS query WHERE search_document @@ query ORDER BY rank DESC, " + tieBreak
                + " LIMIT :limit")
                .setParameter("query", query)
                .setParameter("limit", limit)
                .getResultList();
    }
}
