package io.ipaccord.event.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.event.events.EventInput;
import io.ipaccord.event.meetings.MeetingImport;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.event.events.EventWrites;
import io.ipaccord.event.series.EventSeriesRepository;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports, once per database, the curated events ({@link CuratedEvents}) with their series. Events go through the
 * service, so each is published.
 *
 * <p>Seeded events are curated facts, checked against the seed's own reference files ({@link Origin#SEED}), not
 * against the Kafka replicas, which may not have caught up on a first start. Writes through the API are.
 */
@ApplicationScoped
public class EventSeed {

    static final String MEETINGS = "seed/meetings/meetings.csv";
    static final String MEETING_PARTICIPANTS = "seed/meetings/meeting_participants.csv";

    void onStart(@Observes StartupEvent event, SeedRuns seedRuns, EventWrites writes, EventSeriesRepository series,
            MeetingImport meetings, @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            seedRuns.runOnce("events", () -> importAll(writes, series));
            seedMeetings(seedRuns, meetings);
        }
    }

    /** {@link #importMeetings} in a transaction given the import's time ({@link MeetingImport#TIMEOUT_SECONDS}), which the seed run joins. */
    @Transactional
    @TransactionConfiguration(timeout = MeetingImport.TIMEOUT_SECONDS)
    boolean seedMeetings(SeedRuns seedRuns, MeetingImport meetings) {
        return importMeetings(seedRuns, meetings);
    }

    /**
     * The real WIPO meetings ({@code seed/meetings/}), once per content of the two files: the run is named after
     * their SHA-256, so a changed file is imported again (adding and updating only what differs) and an unchanged one
     * never. After the curated events, so that a meeting that is one of them joins it.
     *
     * @return whether the import ran now
     */
    static boolean importMeetings(SeedRuns seedRuns, MeetingImport meetings) {
        String meetingsCsv = CsvTable.requiredText(MEETINGS);
        String participantsCsv = CsvTable.requiredText(MEETING_PARTICIPANTS);
        return seedRuns.runOnce("meetings:" + sha256(meetingsCsv + "\n--\n" + participantsCsv),
                () -> meetings.importWithin(meetingsCsv, participantsCsv, Origin.SEED).meetings());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
