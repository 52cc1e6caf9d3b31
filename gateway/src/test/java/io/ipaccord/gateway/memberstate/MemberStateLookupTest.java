package io.ipaccord.gateway.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.memberstate.MemberStateData;

class MemberStateLookupTest {

    private final List<List<String>> calls = new ArrayList<>();

    /** Like member-service's batch endpoint: the known ones, in the order asked. */
    private List<MemberStateData> batch(List<String> codes) {
        calls.add(codes);
        return codes.stream().filter(c -> !c.startsWith("X")).map(MemberStateConnectionTest::state).toList();
    }

    @Test
    void alignsResultsWithTheCodesAskedInOneCall() {
        List<MemberState> states = MemberStateLookup.align(Arrays.asList("FR", "XX", null, "cn", "FR", "C1"),
                this::batch);

        assertThat(states).extracting(s -> s == null ? null : s.code())
                .containsExactly("FR", null, null, "CN", "FR", null);
        assertThat(calls).containsExactly(List.of("FR", "XX", "CN"));
    }

    @Test
    void asksOncePerFiveHundredDistinctCodes() {
        List<String> codes = IntStream.range(0, 26 * 26).mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                .filter(code -> !code.startsWith("X"))
                .toList();

        List<MemberState> states = MemberStateLookup.align(codes, this::batch);

        assertThat(calls).extracting(List::size).containsExactly(500, 150);
        assertThat(states).extracting(MemberState::code).isEqualTo(codes);
    }

    @Test
    void noCodesNoCall() {
        assertThat(MemberStateLookup.align(List.of(), this::batch)).isEmpty();
        assertThat(calls).isEmpty();
    }
}
