package io.ipaccord.member.memberstate;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.ipaccord.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The orders a listing offers; the code breaks ties so pages never overlap. */
enum MemberStateSort {
    NAME("name", "name"),
    CODE("code", "code"),
    MEMBER_SINCE("memberSince", "memberSince");

    private final String parameter;
    private final String property;

    MemberStateSort(String parameter, String property) {
        this.parameter = parameter;
        this.property = property;
    }

    /** Parses {@code name}, {@code -name}, {@code memberSince}, ...; a leading minus sorts descending. */
    static Sort parse(String value) {
        String text = value == null || value.isBlank() ? "name" : value.trim();
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        MemberStateSort sort = Arrays.stream(values()).filter(s -> s.parameter.equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "))
                        + ", optionally preceded by '-' for descending order"));
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort order = Sort.by(sort.property, direction, Sort.NullPrecedence.NULLS_LAST);
        return sort == CODE ? order : order.and("code");
    }
}
