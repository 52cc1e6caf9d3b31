package io.ipaccord.event.seed;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.event.events.EventInput;
import io.ipaccord.event.events.EventWrites;
import io.ipaccord.event.series.EventSeriesRepository;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports, once per database, the curated events ({@link CuratedEvents}) with their series. Events go through the
 * service, so each is published.
 *
 * <p>Seeded events are curated facts, checked against the seed's own reference files ({@link Origin#SEED}), not
 * against the Kafka replicas, which may not have caught up on a first start. Writes through the API are.
 */
@ApplicationScoped
public class EventSeed {

    void onStart(@Observes StartupEvent event, SeedRuns seedRuns, EventWrites writes, EventSeriesRepository series,
            @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            seedRuns.runOnce("events", () -> importAll(writes, series));
        }
    }

    static int importAll(EventWrites writes, EventSeriesRepository seriesRepository) {
        CuratedEvents.series().forEach(seriesRepository::persist);
        List<EventInput> inputs = CuratedEvents.inputs(LocalDate.now(ZoneOffset.UTC));
        // Parents first: a child names its parent, which must exist.
        Set<String> created = new HashSet<>();
        List<EventInput> pending = new ArrayList<>(inputs);
        while (!pending.isEmpty()) {
            List<EventInput> ready = pending.stream()
                    .filter(input -> input.parentId == null || created.contains(input.parentId)).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException(CuratedEvents.LINKS + ": parents not among the seeded events: "
                        + pending.stream().map(input -> input.parentId).collect(Collectors.toSet()));
            }
            ready.forEach(input -> {
                writes.schedule(input, Origin.SEED);
                created.add(input.id);
            });
            pending.removeAll(ready);
        }
        return inputs.size();
    }
}
