package io.ipaccord.treaty.partytable;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A contracting-parties table refused: every problem found in the file, by line. */
public class PartyTableException extends RuntimeException {

    private final transient List<PartyTableProblem> problems;
    private final transient List<PartyRow> readableRows;

    public PartyTableException(List<PartyTableProblem> problems) {
        this(problems, List.of());
    }

    /**
     * @param readableRows the rows that could be read despite the problems of others, so that a caller can check
     *                     them against what it knows too and list every problem of the file at once
     */
    public PartyTableException(List<PartyTableProblem> problems, List<PartyRow> readableRows) {
        super(summary(problems));
        this.readableRows = List.copyOf(readableRows);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused table needs at least one problem");
        }
        this.problems = problems.stream()
                .sorted(Comparator.comparingInt(PartyTableProblem::line))
                .toList();
    }

    /** The rows without a problem of their own (none when the header or the file itself is unreadable). */
    public List<PartyRow> readableRows() {
        return readableRows;
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
