package io.ipaccord.member.seed;

import java.util.Arrays;
import java.util.List;

/** The {@code source_url} column of the reference files: sources separated by {@code " ; "}, each perhaps with a note. */
final class SeedSources {

    private SeedSources() {
    }

    /**
     * Splits on a semicolon with white space on both sides, the files' separator, so a note's own semicolons
     * ({@code (party to WCT; also WPPT)}) stay in its source.
     */
    static List<String> split(String column) {
        return Arrays.stream(column.split("\\s+;\\s+")).map(String::trim).filter(source -> !source.isEmpty()).toList();
    }
}
