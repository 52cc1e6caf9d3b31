package io.ipaccord.treaty.partytable;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A contracting-parties table refused: every problem found in the file, by line. */
public class PartyTableException extends RuntimeException {

    private final transient List<PartyTableProblem> problems;

    public PartyTableException(List<PartyTableProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused table needs at least one problem");
        }
        this.problems = problems.stream()
                .sorted(Comparator.comparingInt(PartyTableProblem::line))
                .toList();
    }

    /** All problems, in line order (stable within a line). */
    public List<PartyTableProblem> problems() {
        return problems;
    }

    private static String summary(List<PartyTableProblem> problems) {
        String shown = problems.stream().limit(5).map(PartyTableProblem::toString).collect(Collectors.joining("; "));
        return problems.size() + " problem(s) in the party table: " + shown + (problems.size() > 5 ? "; ..." : "");
    }
}
