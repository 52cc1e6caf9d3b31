package io.ipaccord.gateway.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.Verification;

class SearchRankingTest {

    @Test
    void eachServicesBestMatchHasOneAndAServiceRankingEverythingZeroStillLists() {
        assertThat(Search.normalize(0.3, 0.6)).isEqualTo(0.5);
        assertThat(Search.normalize(0.6, 0.6)).isEqualTo(1.0);
        assertThat(Search.normalize(0, 0)).isEqualTo(1.0);
        assertThat(Search.best(List.of(0.2, 0.7, 0.1), Double::doubleValue)).isEqualTo(0.7);
        assertThat(Search.best(List.<Double>of(), Double::doubleValue)).isZero();
    }

    @Test
    void bestFirstThenDirectMatchesThenKindThenTitle() {
        SearchHit hosted = new MemberStateHit(state("CN", "China"), 0.5, List.of("EV-1"));
        SearchHit direct = new MemberStateHit(state("BE", "Belgium"), 0.5, List.of());
        SearchHit best = new MemberStateHit(state("FR", "France"), 1.0, List.of());

        assertThat(List.of(hosted, direct, best).stream().sorted(SearchHit.ORDER).map(SearchHit::getTitle))
                .containsExactly("France", "Belgium", "China");
    }

    @Test
    void matchedViaNamesTheFirstEventsAndCountsTheRest() {
        assertThat(new MemberStateHit(state("CN", "China"), 0.5, List.of()).getMatchedVia()).isNull();
        assertThat(new MemberStateHit(state("CN", "China"), 0.5, List.of("EV-1")).getMatchedVia())
                .isEqualTo("hosts EV-1");
        assertThat(new MemberStateHit(state("CN", "China"), 0.5, List.of("EV-1", "EV-2", "EV-3", "EV-4", "EV-5"))
                .getMatchedVia()).isEqualTo("hosts EV-1, EV-2, EV-3 and 2 more matching events");
    }

    private static MemberState state(String code, String name) {
        return new MemberState(code, code + "X", "999", name, null, List.of(), Verification.NO, List.of(), 0);
    }
}
