package io.ipaccord.treaty.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** "At least {@code required} qualifying instruments from parties admitted by {@code who}." */
public record CountCondition(int required, Eligibility who) {

    public CountCondition {
        if (required < 1) {
            throw new IllegalArgumentException("required must be positive: " + required);
        }
        Objects.requireNonNull(who, "who");
    }

    public static CountCondition of(int required) {
        return new CountCondition(required, Eligibility.anyParty());
    }

    public static CountCondition of(int required, String group) {
        return new CountCondition(required, Eligibility.inGroup(group));
    }

    /** Parses {@code 8;4:PCT_CONDITION} or {@code 4;1:MADRID_AGREEMENT;1:!MADRID_AGREEMENT}; blank gives none. */
    public static List<CountCondition> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";"))
                .map(String::trim)
                .map(term -> {
                    int colon = term.indexOf(':');
                    return colon < 0
                            ? of(Integer.parseInt(term))
                            : new CountCondition(Integer.parseInt(term.substring(0, colon).trim()),
                                    Eligibility.parse(term.substring(colon + 1)));
                })
                .toList();
    }

    public static String notation(List<CountCondition> conditions) {
        return conditions.stream()
                .map(c -> c.who() instanceof Eligibility.AnyParty ? Integer.toString(c.required())
                        : c.required() + ":" + c.who().notation())
                .collect(Collectors.joining(";"));
    }
}
