package io.ipaccord.gateway.graphql;

import java.util.Locale;

/**
 * The one spelling of a listing's order as the backends take it ({@code sort=}): the field in camelCase, descending
 * with a leading {@code -}. A GraphQL sort enum names its constants after it: {@code MEMBER_SINCE_DESC} is
 * {@code -memberSince}.
 */
public final class SortOrder {

    private static final String DESCENDING = "_DESC";

    private SortOrder() {
    }

    /** The backend's {@code sort} parameter for a constant of a GraphQL sort enum. */
    public static String parameter(Enum<?> order) {
        String name = order.name();
        boolean descending = name.endsWith(DESCENDING);
        String[] words = (descending ? name.substring(0, name.length() - DESCENDING.length()) : name)
                .toLowerCase(Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(descending ? "-" : "").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }
}
