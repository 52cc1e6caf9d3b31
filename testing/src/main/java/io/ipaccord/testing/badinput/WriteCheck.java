package io.ipaccord.testing.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What a bad-input run may not change: the row count of every table of a service's database (its own tables, the outbox
 * and the inbox; not Flyway's) and the end offset of every partition of the given Kafka topics.
 */
public final class WriteCheck {

    private final DataSource dataSource;
    private final String bootstrapServers;
    private final List<String> topics;

    /** {@code dataSource} may be {@code null} (the gateway has no database), {@code topics} empty. */
    public WriteCheck(DataSource dataSource, String bootstrapServers, List<String> topics) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
    }

    /** The row counts by table. */
    public Map<String, Long> rows() {
        Map<String, Long> out = new TreeMap<>();
        if (dataSource == null) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                    + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'flyway%' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return out;
    }

    /** Unsent outbox rows: none once the relay has caught up. */
    public long unsentOutboxRows() {
        if (dataSource == null) {
            return 0;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_message where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count outbox rows", e);
        }
    }

    /** The end offset of each partition of the topics, as {@code topic-partition}. */
    public Map<String, Long> topicEnds() {
        Map<String, Long> out = new TreeMap<>();
        if (topics.isEmpty()) {
            return out;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.endOffsets(partitions, Duration.ofSeconds(10)).forEach((p, end) -> out.put(p.toString(), end));
        }
        return out;
    }
}
