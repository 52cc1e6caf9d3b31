package io.ipaccord.treaty.engine;

import java.util.Objects;
import java.util.Set;

/** Which parties a count condition counts, as data: tested against the groups an instrument's state belonged to. */
public sealed interface Eligibility {

    boolean admits(Set<String> groups);

    /** The seed notation: empty for any party, {@code GROUP}, or {@code !GROUP}. */
    String notation();

    static Eligibility anyParty() {
        return new AnyParty();
    }

    static Eligibility inGroup(String group) {
        return new InGroup(group);
    }

    static Eligibility notInGroup(String group) {
        return new NotInGroup(group);
    }

    static Eligibility parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return anyParty();
        }
        return t.startsWith("!") ? notInGroup(t.substring(1).trim()) : inGroup(t);
    }

    record AnyParty() implements Eligibility {
        @Override
        public boolean admits(Set<String> groups) {
            return true;
        }

        @Override
        public String notation() {
            return "";
        }
    }

    /** E.g. members of the Paris Union, PCT states meeting Art.63(1)(a)'s activity conditions. */
    record InGroup(String group) implements Eligibility {
        public InGroup {
            requireName(group);
        }

        @Override
        public boolean admits(Set<String> groups) {
            return groups.contains(group);
        }

        @Override
        public String notation() {
            return group;
        }
    }

    /** E.g. the Madrid Protocol's "a State not party to the Madrid (Stockholm) Agreement". */
    record NotInGroup(String group) implements Eligibility {
        public NotInGroup {
            requireName(group);
        }

        @Override
        public boolean admits(Set<String> groups) {
            return !groups.contains(group);
        }

        @Override
        public String notation() {
            return "!" + group;
        }
    }

    private static void requireName(String group) {
        if (Objects.requireNonNull(group, "group").isBlank() || group.startsWith("!")) {
            throw new IllegalArgumentException("bad group name: '" + group + "'");
        }
    }
}
