package io.ipaccord.gateway.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.gateway.backend.Backend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Instruments in bulk. treaty-service lists instruments by treaty or by state (it has no batch endpoint for them),
 * so a level costs one call per distinct treaty, or per distinct state when that is fewer: a treaty's parties
 * (one treaty) or a state's treaties (one state) cost one call.
 */
@ApplicationScoped
public class InstrumentLookup {

    /** An instrument to find: its id, its treaty and, when known, its state. */
    public record Ref(long id, String treaty, String state) {
    }

    @Inject Backend<InstrumentClient> treatyService;

    /** By treaty and/or state, ordered by deposit date then id; withdrawn ones flagged. */
    public List<InstrumentData> list(String treaty, String state) {
        return treatyService.read("instruments", client -> client.instruments(treaty, state));
    }

    /** Each treaty's instruments (withdrawn ones flagged), position for position; one call per distinct treaty. */
    public List<List<Instrument>> ofTreaties(List<String> treaties) {
        return ofTreaties(treaties, this::list);
    }

    /** The instrument of each ref, position for position; null where the ref is null or the instrument unknown. */
    public List<Instrument> byRefs(List<Ref> refs) {
        return byRefs(refs, this::list);
    }

    static List<List<Instrument>> ofTreaties(List<String> treaties,
            BiFunction<String, String, List<InstrumentData>> list) {
        Map<String, List<Instrument>> found = new HashMap<>();
        for (String treaty : new LinkedHashSet<>(treaties.stream().filter(Objects::nonNull).toList())) {
            found.put(treaty, list.apply(treaty, null).stream().map(Instrument::from).toList());
        }
        return treaties.stream().map(treaty -> treaty == null ? null : found.get(treaty)).toList();
    }

    static List<Instrument> byRefs(List<Ref> refs, BiFunction<String, String, List<InstrumentData>> list) {
        List<Ref> known = refs.stream().filter(Objects::nonNull).toList();
        Set<String> treaties = new LinkedHashSet<>(known.stream().map(Ref::treaty).toList());
        Set<String> states = new LinkedHashSet<>(known.stream().map(Ref::state).toList());
        boolean byState = !states.contains(null) && states.size() < treaties.size();
        Map<Long, Instrument> found = new HashMap<>();
        for (String code : byState ? states : treaties) {
            List<InstrumentData> listed = byState ? list.apply(null, code) : list.apply(code, null);
            listed.forEach(data -> found.put(data.id(), Instrument.from(data)));
        }
        List<Instrument> aligned = new ArrayList<>(refs.size());
        refs.forEach(ref -> aligned.add(ref == null ? null : found.get(ref.id())));
        return aligned;
    }
}
