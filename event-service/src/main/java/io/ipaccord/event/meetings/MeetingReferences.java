package io.ipaccord.event.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.ipaccord.event.replica.TreatyAdoptions;
import io.ipaccord.event.replica.TreatyAdoptions.Adoption;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.platform.seed.CsvTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * What a meetings table is checked and joined against: the member states (a row's iso2 codes), the organisations that
 * are parties (an IGO row is joined by name) and the treaties' adoptions (a diplomatic conference's links). API imports
 * read the replicas ({@link KnownReferences}, {@link TreatyAdoptions}); the seed reads the reference files it ships
 * with ({@code seed/member_states.csv}, {@code seed/organisations.csv}, {@code seed/treaties.csv}), which do not depend
 * on Kafka having caught up.
 */
@ApplicationScoped
public class MeetingReferences {

    static final String SEED_MEMBER_STATES = "seed/member_states.csv";
    static final String SEED_ORGANISATIONS = "seed/organisations.csv";
    static final String SEED_TREATIES = "seed/treaties.csv";

    @Inject KnownReferences references;
    @Inject TreatyAdoptions adoptions;

    /** The references of one import. */
    public interface Lookup {

        /** Whether the code is a member state (ever published: a meeting of the past may name a state removed since). */
        boolean knownState(String code);

        /** The code of the organisation that is a party named so, or null: the name as printed (without a trailing abbreviation in brackets) is the organisation's. */
        String organisation(String printedName);

        /** The treaties adopted at the place during the dates. */
        List<Adoption> adoptedAt(String place, LocalDate from, LocalDate to);
    }

    @Transactional(TxType.MANDATORY)
    public Lookup forOrigin(Origin origin, Collection<String> stateCodes) {
        return origin.checksReferences() ? replicas(stateCodes) : seedFiles();
    }

    private Lookup replicas(Collection<String> stateCodes) {
        Set<String> states = references.names(ReferenceKind.MEMBER_STATE, stateCodes).keySet();
        Map<String, String> organisations = byName(references.current(ReferenceKind.ORGANISATION));
        return lookup(states::contains, organisations, adoptions::adoptedAt);
    }

    private static Lookup seedFiles() {
        Set<String> states = CsvTable.fromClasspath(SEED_MEMBER_STATES).rows().stream().map(row -> row.get("iso2"))
                .collect(Collectors.toSet());
        Map<String, String> organisations = byName(CsvTable.fromClasspath(SEED_ORGANISATIONS).rows().stream()
                .collect(Collectors.toMap(row -> row.get("code"), row -> row.get("name"))));
        List<Adoption> treaties = CsvTable.fromClasspath(SEED_TREATIES).rows().stream()
                .filter(row -> !row.get("adopted_date").isEmpty())
                .map(row -> new Adoption(row.get("code"), LocalDate.parse(row.get("adopted_date")), row.get("adopted_place")))
                .toList();
        return lookup(states::contains, organisations, (place, from, to) -> treaties.stream()
                .filter(t -> t.place() != null && t.place().equalsIgnoreCase(place)
                        && !t.date().isBefore(from) && !t.date().isAfter(to))
                .toList());
    }

    private interface AdoptedAt {
        List<Adoption> find(String place, LocalDate from, LocalDate to);
    }

    private static Lookup lookup(Predicate<String> states, Map<String, String> organisations, AdoptedAt adopted) {
        return new Lookup() {
            @Override
            public boolean knownState(String code) {
                return states.test(code);
            }

            @Override
            public String organisation(String printedName) {
                return organisations.get(normalised(printedName));
            }

            @Override
            public List<Adoption> adoptedAt(String place, LocalDate from, LocalDate to) {
                return place == null ? List.of() : adopted.find(place, from, to);
            }
        };
    }

    /** Organisation codes by normalised name ("European Union (EU)" and "European Union" are both "european union"). */
    private static Map<String, String> byName(Map<String, String> namesByCode) {
        Map<String, String> byName = new HashMap<>();
        namesByCode.forEach((code, name) -> byName.put(normalised(name), code));
        return byName;
    }

    /** Lower case, single spaces, without a trailing abbreviation in brackets. */
    static String normalised(String name) {
        return name.replaceAll("\\s*\\([^()]*\\)\\s*$", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
