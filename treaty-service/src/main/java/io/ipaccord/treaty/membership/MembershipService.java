package io.ipaccord.treaty.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** States' standing in treaties as of a date, by treaty or by state, one or many per call: the stored standings. */
@ApplicationScoped
public class MembershipService {

    public static final int MAX_BATCH = 200;

    private static final Comparator<Membership> BY_BOUND_THEN_TREATY = Comparator
            .comparing(Membership::bound, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Membership::treaty)
            .thenComparing(Membership::act, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Inject TreatyRepository treaties;
    @Inject InstrumentRepository instruments;
    @Inject StoredStandings standings;
    @Inject KnownReferences references;

    @Transactional
    public List<Membership> parties(String treatyCode, LocalDate asOf) {
        Treaty treaty = treaties.findByIdOptional(treatyCode)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + treatyCode));
        return standings.byTreaties(List.of(treaty.code), asOf).get(treaty.code);
    }

    /** The codes among {@code treatyCodes} of treaties that exist, in the order asked. */
    @Transactional
    public List<String> known(List<String> treatyCodes) {
        Set<String> found = treaties.findByCodes(treatyCodes).stream().map(t -> t.code).collect(Collectors.toSet());
        return treatyCodes.stream().filter(found::contains).distinct().toList();
    }

    /** 404 for a party code treaty-service has never heard of (neither from member-service nor on any instrument). */
    @Transactional
    public void requireKnownParty(String state) {
        if (!references.everKnown(ReferenceKind.MEMBER_STATE, state) && !references.everKnown(ReferenceKind.ORGANISATION, state)
                && !instruments.anyFor(state)) {
            throw ProblemException.notFound("No member state or organisation with code " + state);
        }
    }

    /**
     * One state's memberships; 404 only for a code treaty-service has never heard of (neither from member-service
     * nor on any instrument).
     */
    @Transactional
    public List<Membership> ofState(String state, LocalDate asOf) {
        requireKnownParty(state);
        return byStates(List.of(state), asOf).get(state);
    }

    /** Memberships by state code, every state asked for (an empty list when it has none), in the order asked. */
    @Transactional
    public Map<String, List<Membership>> byStates(List<String> states, LocalDate asOf) {
        Map<String, List<Membership>> out = standings.byParties(states, asOf);
        out.replaceAll((state, list) -> list.stream().sorted(BY_BOUND_THEN_TREATY).toList());
        return out;
    }
}
