package io.ipaccord.gateway.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.event.Event;
import io.ipaccord.gateway.event.EventFilter;
import io.ipaccord.gateway.event.EventLookup;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.graphql.DatedKey;
import io.ipaccord.gateway.graphql.Parallel;
import io.ipaccord.gateway.instrument.Instrument;
import io.ipaccord.gateway.instrument.InstrumentLookup;
import io.ipaccord.gateway.membership.Membership;
import io.ipaccord.gateway.membership.MembershipLookup;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.organisation.PartyLookup;
import io.ipaccord.gateway.party.Party;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyAct;
import io.ipaccord.gateway.treaty.TreatyLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Merges what three services know of a party's (state's or organisation's) or a treaty's path into one chronological list: the WIPO membership
 * date (member-service), instruments and entries into force (treaty-service, its engine's dates as of today) and
 * events (event-service). An entry is listed when it concerns every subject asked: the WIPO membership only a state's
 * timeline, a treaty's adoption and entry into force only a treaty's, instruments and events both.
 * <p>
 * Cost: one call per endpoint, the independent ones side by side: the state, its instruments, its standings and its
 * events first, then the names of the treaties (or states) the entries mention.
 */
@ApplicationScoped
public class Timeline {

    @Inject PartyLookup parties;
    @Inject TreatyLookup treaties;
    @Inject MembershipLookup memberships;
    @Inject InstrumentLookup instruments;
    @Inject EventLookup events;

    /**
     * @param state a state's code, or null
     * @param treaty a treaty's code, or null; not both null
     * @param from, to the first and last day of entries to list; null for no bound
     */
    public List<TimelineEntry> of(String state, String treaty, LocalDate from, LocalDate to) {
        LocalDate today = Dates.today();
        CompletableFuture<Party> party = state == null ? done(null)
                : Parallel.start(() -> parties.byCode(state));
        CompletableFuture<List<Instrument>> instruments = Parallel.start(() -> instruments(state, treaty));
        CompletableFuture<List<Membership>> standings = state == null ? done(List.of())
                : Parallel.start(() -> memberships.ofStates(List.of(new DatedKey(state, today))).get(0).stream()
                        .filter(m -> treaty == null || treaty.equals(m.treatyCode())).toList());
        CompletableFuture<List<Event>> events = Parallel.start(
                () -> this.events.all(EventFilter.of(state, treaty, from, to)));

        List<Instrument> deposited = Parallel.await(instruments);
        List<Membership> standing = Parallel.await(standings);
        Set<String> treatyCodes = new LinkedHashSet<>();
        if (treaty != null) {
            treatyCodes.add(treaty);
        }
        deposited.forEach(i -> treatyCodes.add(i.treaty()));
        standing.forEach(m -> treatyCodes.add(m.treatyCode()));
        CompletableFuture<Map<String, Treaty>> treatyNames = Parallel.start(() -> treatiesByCode(treatyCodes, today));
        CompletableFuture<Map<String, Party>> stateNames = state != null ? party.thenApply(Timeline::single)
                : Parallel.start(() -> partiesByCode(deposited.stream().map(Instrument::state).distinct().toList()));

        Map<String, Treaty> treatyByCode = Parallel.await(treatyNames);
        Map<String, Party> stateByCode = Parallel.await(stateNames);
        List<TimelineEntry> entries = new ArrayList<>();
        // an organisation is no member of WIPO: no membership entry
        if (Parallel.await(party) instanceof MemberState subject && treaty == null && subject.memberSince() != null) {
            entries.add(new MembershipEntry(subject));
        }
        Treaty subjectTreaty = treaty == null ? null : treatyByCode.get(treaty);
        if (subjectTreaty != null && state == null) {
            if (subjectTreaty.adoptedDate() != null) {
                entries.add(TreatyEntry.adopted(subjectTreaty));
            }
            if (subjectTreaty.entryIntoForce() != null) {
                entries.add(TreatyEntry.inForce(subjectTreaty));
            }
        }
        deposited.forEach(i -> entries.add(new InstrumentEntry(i, instrumentTitle(i, treatyByCode, stateByCode))));
        for (Membership m : standing) {
            String treatyName = treatyName(m.treatyCode(), m.act(), treatyByCode);
            String stateName = stateName(m.partyCode(), stateByCode);
            if (m.bound() != null) {
                entries.add(new PartyEntry(m.bound(), TimelineKind.PARTY_BOUND,
                        treatyName + " in force for " + stateName, m));
            }
            if (m.denouncedEffective() != null) {
                entries.add(new PartyEntry(m.denouncedEffective(), TimelineKind.DENUNCIATION_EFFECTIVE,
                        stateName + "'s denunciation of " + treatyName + " takes effect", m));
            }
        }
        Parallel.await(events).forEach(e -> entries.add(new EventEntry(e)));
        return entries.stream()
                .filter(e -> (from == null || !e.getDate().isBefore(from)) && (to == null || !e.getDate().isAfter(to)))
                .sorted(TimelineEntry.ORDER)
                .toList();
    }

    /** Instruments on record, withdrawn ones (recorded in error) left out; none for an unknown treaty. */
    private List<Instrument> instruments(String state, String treaty) {
        try {
            return this.instruments.list(treaty, state).stream()
                    .filter(i -> !i.withdrawn())
                    .map(Instrument::from)
                    .toList();
        } catch (NotFoundException unknownTreaty) {
            return List.of();
        }
    }

    private Map<String, Treaty> treatiesByCode(Set<String> codes, LocalDate asOf) {
        List<String> list = List.copyOf(codes);
        List<Treaty> found = treaties.byKeys(list.stream().map(code -> new DatedKey(code, asOf)).toList());
        Map<String, Treaty> byCode = new HashMap<>();
        found.stream().filter(Objects::nonNull).forEach(t -> byCode.put(t.code(), t));
        return byCode;
    }

    private Map<String, Party> partiesByCode(List<String> codes) {
        Map<String, Party> byCode = new HashMap<>();
        parties.byCodes(codes).stream().filter(Objects::nonNull).forEach(p -> byCode.put(p.getCode(), p));
        return byCode;
    }

    private static Map<String, Party> single(Party party) {
        return party == null ? Map.of() : Map.of(party.getCode(), party);
    }

    static String instrumentTitle(Instrument instrument, Map<String, Treaty> treaties,
            Map<String, ? extends Party> states) {
        return words(instrument.type()) + " by " + stateName(instrument.state(), states) + ": "
                + treatyName(instrument.treaty(), instrument.act(), treaties);
    }

    /** E.g. "Berne Convention, Paris Act (1971)"; the code where the treaty is unknown. */
    static String treatyName(String code, String act, Map<String, Treaty> treaties) {
        Treaty treaty = treaties.get(code);
        if (treaty == null) {
            return act == null ? code : code + ", " + act;
        }
        if (act == null) {
            return treaty.shortName();
        }
        return treaty.shortName() + ", " + treaty.acts().stream().filter(a -> a.code().equals(act))
                .map(TreatyAct::name).findFirst().orElse(act);
    }

    static String stateName(String code, Map<String, ? extends Party> parties) {
        Party party = parties.get(code);
        return party == null ? code : party.getName();
    }

    /** SIGNATURE_WITHOUT_RESERVATION: "Signature without reservation". */
    static String words(InstrumentType type) {
        String text = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
