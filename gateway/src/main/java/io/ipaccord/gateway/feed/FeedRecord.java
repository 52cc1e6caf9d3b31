package io.ipaccord.gateway.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;

/**
 * A Kafka record as every feed reads it: a CloudEvent in binary mode, its attributes in {@code ce_*} headers and
 * its data, JSON, as the value.
 *
 * @param id {@code ce_id}, null when absent
 * @param type {@code ce_type}, null when absent
 * @param time {@code ce_time}, null when absent or unreadable
 * @param value null for a tombstone
 */
public record FeedRecord(String key, String id, String type, Instant time, String value) {

    public static FeedRecord of(ConsumerRecord<String, String> record) {
        return of(record.key(), record.headers(), record.value());
    }

    public static FeedRecord of(String key, Headers headers, String value) {
        return new FeedRecord(key, header(headers, CloudEvents.HEADER_ID), header(headers, CloudEvents.HEADER_TYPE),
                instant(header(headers, CloudEvents.HEADER_TIME)), value);
    }

    /** The record's event type among a feed's ({@code fromCeType}, e.g. {@code EventChangeType::fromCeType}). */
    public <E> E type(Function<String, Optional<E>> fromCeType) throws Unreadable {
        return Optional.ofNullable(type).flatMap(fromCeType)
                .orElseThrow(() -> new Unreadable("unknown event type " + type));
    }

    /** The event's data. */
    public <D> D data(ObjectMapper json, Class<D> type) throws IOException {
        if (value == null) {
            throw new Unreadable("no value");
        }
        return json.readValue(value, type);
    }

    /** Why a record is skipped, when it is not a matter of unreadable JSON. */
    public static final class Unreadable extends IOException {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
