package io.ipaccord.gateway.example;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;

/**
 * An integrator's example (see contracts/README.md, "Consuming a topic"): the party standings of one treaty rebuilt
 * from {@code ipaccord.treaty-actions.v1} alone, with nothing but kafka-clients, Jackson and the contracts jar.
 * <ul>
 * <li>No consumer group and no committed offsets: every partition is read from offset 0 up to the end offsets
 * taken when it starts, so the replica holds every record published before. (The topic is an event log kept whole;
 * a replica of a compacted topic is rebuilt the same way, keeping the latest value per key.)</li>
 * <li>The record key is the treaty code, so one treaty's records are in one partition, in publication order.</li>
 * <li>Delivery is at least once: a record whose {@code ce_id} was already applied is skipped.</li>
 * <li>{@code ce_type} says what the value is ({@link TreatyActionChangeType#fromCeType}); an unknown type and
 * unknown fields are ignored, as the compatibility rules require of consumers.</li>
 * <li>An instrument event carries the instrument's full state with a {@code version}: the highest version wins, and a
 * withdrawn one no longer counts, nor do the determinations it brought.</li>
 * </ul>
 * What this replica cannot know from the topic: when a denunciation takes effect (treaty-service's engine computes
 * it; it is not published), so a denounced party is reported with its last standing before the denunciation.
 * Run it against a deployment: {@code main(bootstrapServers, treatyCode, asOf)} prints one line per party.
 */
public final class PartyStandingsReplica {

    /** A party's standing as of a date, with the date it is bound from when treaty-service determined one. */
    public record Standing(String party, PartyStanding status, LocalDate bound) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String treaty;
    private final Set<String> applied = new HashSet<>();
    private final Map<Long, InstrumentData> instruments = new HashMap<>();
    /** By party code: the latest determination that it is bound from a date. */
    private final Map<String, PartyEntryIntoForceData> determinations = new HashMap<>();
    private long records;
    private long duplicates;

    private PartyStandingsReplica(String treaty) {
        this.treaty = treaty;
    }

    /** Reads the whole topic (every partition from offset 0 to its end when called) and keeps one treaty's records. */
    public static PartyStandingsReplica rebuild(String bootstrapServers, String treaty, Duration timeout) {
        PartyStandingsReplica replica = new PartyStandingsReplica(treaty);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TREATY_ACTIONS, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("not at the end of " + Topics.TREATY_ACTIONS + " after " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (treaty.equals(record.key())) {
                        replica.apply(header(record, CloudEvents.HEADER_ID), header(record, CloudEvents.HEADER_TYPE),
                                record.value());
                    }
                }
            }
        }
        return replica;
    }

    /** Applies one record of this treaty: its CloudEvents id, type and JSON data. */
    void apply(String ceId, String ceType, String value) {
        if (ceId == null || value == null || !applied.add(ceId)) {
            duplicates += ceId != null && value != null ? 1 : 0;
            return;
        }
        records++;
        TreatyActionChangeType type = TreatyActionChangeType.fromCeType(ceType).orElse(null);
        if (type == null) {
            return; // a type this consumer does not know yet
        }
        try {
            switch (type) {
                case INSTRUMENT_DEPOSITED, INSTRUMENT_CORRECTED, INSTRUMENT_WITHDRAWN -> {
                    InstrumentData instrument = JSON.readValue(value, InstrumentData.class);
                    instruments.merge(instrument.id(), instrument, (a, b) -> b.version() >= a.version() ? b : a);
                }
                case PARTY_ENTRY_INTO_FORCE_DETERMINED -> {
                    PartyEntryIntoForceData bound = JSON.readValue(value, PartyEntryIntoForceData.class);
                    determinations.put(bound.state(), bound);
                }
                case TREATY_ENTRY_INTO_FORCE_DETERMINED -> {
                    // the treaty's own date; each first party also gets its own determination
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable " + ceType + " " + ceId, e);
        }
    }

    /** Every party with an instrument that counts, as of {@code asOf}, by party code. */
    public List<Standing> standings(LocalDate asOf) {
        Map<String, Standing> byParty = new TreeMap<>();
        for (InstrumentData instrument : instruments.values()) {
            if (instrument.withdrawn() || instrument.depositDate() != null && instrument.depositDate().isAfter(asOf)) {
                continue;
            }
            InstrumentType type = InstrumentType.parse(instrument.type());
            if (!type.binds() && !type.isSignature()) {
                continue;
            }
            Standing before = byParty.get(instrument.state());
            if (type.binds()) {
                PartyEntryIntoForceData determined = determinations.get(instrument.state());
                boolean counts = determined != null && !withdrawn(determined.instrumentId());
                LocalDate from = counts ? determined.date() : null;
                PartyStanding status = from != null && !from.isAfter(asOf) ? PartyStanding.BOUND
                        : PartyStanding.CONTRACTING_NOT_YET_BOUND;
                byParty.put(instrument.state(), new Standing(instrument.state(), status, from));
            } else if (before == null) {
                byParty.put(instrument.state(), new Standing(instrument.state(), PartyStanding.SIGNATORY, null));
            }
        }
        return byParty.values().stream().sorted(Comparator.comparing(Standing::party)).toList();
    }

    private boolean withdrawn(Long instrumentId) {
        InstrumentData instrument = instrumentId == null ? null : instruments.get(instrumentId);
        return instrument != null && instrument.withdrawn();
    }

    /** Records of this treaty applied (duplicates not counted). */
    public long records() {
        return records;
    }

    /** Records skipped because their {@code ce_id} had been applied already. */
    public long duplicates() {
        return duplicates;
    }

    public String treaty() {
        return treaty;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** {@code bootstrapServers treatyCode [asOf]}: prints the standings, one party a line. */
    public static void main(String[] args) {
        PartyStandingsReplica replica = rebuild(args[0], args[1], Duration.ofMinutes(2));
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        replica.standings(asOf).forEach(s -> System.out.println(s.party() + " " + s.status()
                + (s.bound() == null ? "" : " " + s.bound())));
    }
}
