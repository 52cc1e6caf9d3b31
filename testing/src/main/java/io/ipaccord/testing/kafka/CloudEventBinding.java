package io.ipaccord.testing.kafka;

/**
 * The header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: each attribute travels as the
 * header {@code ce_<attribute>}, the data content type as the plain Kafka {@code content-type} header.
 */
final class CloudEventBinding {

    static final String CONTENT_TYPE = "content-type";

    private CloudEventBinding() {
    }

    static String header(String attribute) {
        return "ce_" + attribute;
    }
}
