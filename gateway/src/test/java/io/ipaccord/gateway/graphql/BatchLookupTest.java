package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchLookupTest {

    private final List<String> calls = new ArrayList<>();

    /** Like the backends' batch endpoints: what is known among the codes asked ("X..." is not). */
    private Map<String, String> known(List<String> codes) {
        calls.add(String.join(",", codes));
        return codes.stream().filter(c -> !c.startsWith("X")).collect(Collectors.toMap(Function.identity(), c -> "v" + c));
    }

    @Test
    void alignsValuesWithKeysAskingEachDistinctKeyOnce() {
        List<String> values = BatchLookup.align(Arrays.asList("A", "XA", null, "B", "A"), 10, this::known);

        assertThat(values).containsExactly("vA", null, null, "vB", "vA");
        assertThat(calls).containsExactly("A,XA,B");
    }

    @Test
    void asksInChunks() {
        List<String> keys = IntStream.range(0, 25).mapToObj(i -> "K" + i).toList();

        assertThat(BatchLookup.align(keys, 10, this::known)).hasSize(25).doesNotContainNull();
        assertThat(calls).hasSize(3);
    }

    @Test
    void noKeysNoCall() {
        assertThat(BatchLookup.align(List.of(), 10, this::known)).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void keysWithAnArgumentAreFetchedOncePerArgumentValue() {
        LocalDate early = LocalDate.of(1990, 1, 1);
        LocalDate late = LocalDate.of(2021, 1, 1);
        List<DatedKey> keys = Arrays.asList(new DatedKey("cn", early), new DatedKey("ID", late), null,
                new DatedKey("CN", late), new DatedKey("CN", early));
        List<String> fetched = new ArrayList<>();

        List<String> values = BatchLookup.alignByArgument(keys, DatedKey::asOf, DatedKey::code, 200,
                (asOf, codes) -> {
                    fetched.add(asOf + ":" + codes);
                    return codes.stream().collect(Collectors.toMap(Function.identity(), c -> c + "@" + asOf.getYear()));
                });

        assertThat(values).containsExactly("CN@1990", "ID@2021", null, "CN@2021", "CN@1990");
        assertThat(fetched).containsExactly("1990-01-01:[CN]", "2021-01-01:[ID, CN]");
    }
}
