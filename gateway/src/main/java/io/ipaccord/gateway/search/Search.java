package io.ipaccord.gateway.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;

import io.ipaccord.gateway.event.Event;
import io.ipaccord.gateway.event.EventLookup;
import io.ipaccord.gateway.event.EventMatch;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.graphql.Parallel;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateLookup;
import io.ipaccord.gateway.memberstate.MemberStateMatch;
import io.ipaccord.gateway.organisation.Organisation;
import io.ipaccord.gateway.organisation.OrganisationMatch;
import io.ipaccord.gateway.organisation.PartyLookup;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyLookup;
import io.ipaccord.gateway.treaty.TreatyMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One ranked list over the three services' full-text searches (PostgreSQL in each). Their {@code ts_rank} values
 * are not on one scale (different documents, weights and configurations), so each service's ranks are divided by
 * that service's best: every service's best match gets 1. member-service answers two searches, member states and
 * organisations, on one scale (the same {@code PrefixQuery}, configuration and unweighted documents of names and
 * codes), so they share member-service's best: the better of the two lists has 1. A state rarely carries the word searched for ("Beijing"
 * is in no state's name), so the host states of the matching events are listed too, at half the rank of the best
 * event they hosted, with {@code matchedVia} saying why.
 * <p>
 * Cost: the four searches (member states, organisations, treaties, events) side by side, then one member-service
 * batch call for those host states.
 */
@ApplicationScoped
public class Search {

    /** A host state ranks at this fraction of its best matching event. */
    static final double HOST_WEIGHT = 0.5;

    @Inject MemberStateLookup states;
    @Inject PartyLookup parties;
    @Inject TreatyLookup treaties;
    @Inject EventLookup events;

    public List<SearchHit> of(String text, int limit) {
        CompletableFuture<List<MemberStateMatch>> memberMatches = Parallel.start(() -> states.search(text, limit));
        CompletableFuture<List<OrganisationMatch>> organisationMatches = Parallel.start(
                () -> parties.searchOrganisations(text, limit));
        CompletableFuture<List<TreatyMatch>> treatyMatches = Parallel.start(
                () -> treaties.search(text, limit, Dates.today()));
        CompletableFuture<List<EventMatch>> eventMatches = Parallel.start(() -> events.search(text, limit));

        List<SearchHit> hits = new ArrayList<>();
        List<MemberStateMatch> memberList = Parallel.await(memberMatches);
        List<OrganisationMatch> organisationList = Parallel.await(organisationMatches);
        double bestMember = Math.max(best(memberList, MemberStateMatch::rank),
                best(organisationList, OrganisationMatch::rank));
        Set<String> matchedStates = new HashSet<>();
        for (MemberStateMatch match : memberList) {
            matchedStates.add(match.state().code());
            hits.add(new MemberStateHit(MemberState.from(match.state()), normalize(match.rank(), bestMember), List.of()));
        }
        organisationList.forEach(match -> hits.add(
                new OrganisationHit(Organisation.from(match.organisation()), normalize(match.rank(), bestMember))));
        List<TreatyMatch> treatyList = Parallel.await(treatyMatches);
        double bestTreaty = best(treatyList, TreatyMatch::rank);
        treatyList.forEach(match -> hits.add(new TreatyHit(Treaty.from(match.treaty()), normalize(match.rank(), bestTreaty))));
        List<EventMatch> eventList = Parallel.await(eventMatches);
        double bestEvent = best(eventList, EventMatch::rank);
        // host code -> its matching events, best first (the service answers best first)
        Map<String, List<EventHit>> byHost = new LinkedHashMap<>();
        for (EventMatch match : eventList) {
            EventHit hit = new EventHit(Event.from(match.event()), normalize(match.rank(), bestEvent));
            hits.add(hit);
            String host = hit.getEvent().hostCountry();
            if (host != null && !matchedStates.contains(host)) {
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(hit);
            }
        }
        hits.addAll(hosts(byHost));
        return hits.stream().sorted(SearchHit.ORDER).limit(limit).toList();
    }

    /** The host states of matching events, ranked below their best event; states member-service no longer knows are left out. */
    private List<SearchHit> hosts(Map<String, List<EventHit>> byHost) {
        if (byHost.isEmpty()) {
            return List.of();
        }
        List<String> codes = List.copyOf(byHost.keySet());
        List<MemberState> found = states.byCodes(codes);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            MemberState state = found.get(i);
            if (state != null) {
                List<EventHit> events = byHost.get(codes.get(i));
                double rank = HOST_WEIGHT * events.stream().mapToDouble(EventHit::getRank).max().orElse(0);
                hits.add(new MemberStateHit(state, rank, events.stream().map(e -> e.getEvent().id()).toList()));
            }
        }
        return hits;
    }

    static <T> double best(List<T> matches, ToDoubleFunction<T> rank) {
        return matches.stream().filter(Objects::nonNull).mapToDouble(rank).max().orElse(0);
    }

    /** In (0, 1]; a service that ranks everything 0 still has its matches listed, all at 1. */
    static double normalize(double rank, double best) {
        return best <= 0 ? 1 : Math.max(rank, 0) / best;
    }
}
