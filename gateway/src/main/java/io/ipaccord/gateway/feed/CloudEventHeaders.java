package io.ipaccord.gateway.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.ipaccord.contracts.CloudEvents;

/** The CloudEvents attributes of a record in binary mode ({@code ce_*} headers), as every feed reads them. */
public record CloudEventHeaders(String id, String type, Instant time) {

    public static CloudEventHeaders of(Headers headers) {
        return new CloudEventHeaders(header(headers, CloudEvents.HEADER_ID), header(headers, CloudEvents.HEADER_TYPE),
                instant(header(headers, CloudEvents.HEADER_TIME)));
    }

    /** The header's value as text, null when absent. */
    public static String header(Headers headers, String name) {
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
