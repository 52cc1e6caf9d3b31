package io.ipaccord.member.seed;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.ipaccord.member.party.Alignment;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.platform.seed.SeedRuns;

/** What the member-state and organisation seeds share: each row of a reference file aligned, once per seed run; its sources column read. */
final class ReferenceImport {

    private ReferenceImport() {
    }

    /** Runs {@code importer} once per database under {@code run}, recording how many records it registered or updated. */
    static void runOnce(SeedRuns seedRuns, String run, Supplier<Map<Alignment, Long>> importer) {
        seedRuns.runOnce(run, () -> {
            Map<Alignment, Long> done = importer.get();
            return (int) (done.getOrDefault(Alignment.REGISTERED, 0L) + done.getOrDefault(Alignment.UPDATED, 0L));
        });
    }

    /** Aligns every row of {@code file}; @return how many records were registered, updated and left unchanged */
    static Map<Alignment, Long> alignAll(String file, Function<Map<String, String>, Alignment> align) {
        Map<Alignment, Long> done = new EnumMap<>(Alignment.class);
        CsvTable.fromClasspath(file).rows().forEach(row -> done.merge(align.apply(row), 1L, Long::sum));
        return done;
    }

    /**
     * The {@code source_url} column of the reference files: sources separated by a semicolon with white space on both
     * sides, so that a source's note keeps its own semicolons ({@code (party to WCT; also WPPT)}).
     */
    static List<String> sources(String column) {
        return Arrays.stream(column.split("\\s+;\\s+")).map(String::trim).filter(source -> !source.isEmpty()).toList();
    }
}
