package io.ipaccord.contracts;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as
 * {@code ce_*} record headers, the record value is the JSON data.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE_JSON = "application/json";

    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";
    /** The binding maps {@code datacontenttype} to the plain Kafka {@code content-type} header. */
    public static final String HEADER_CONTENT_TYPE = "content-type";
    /**
     * W3C Trace Context of the write that produced the event (the CloudEvents Distributed Tracing extension, carried in
     * the headers OpenTelemetry's Kafka instrumentation reads): a consumer's span continues the writer's trace.
     * Absent when the writer was not traced.
     */
    public static final String HEADER_TRACEPARENT = "traceparent";
    public static final String HEADER_TRACESTATE = "tracestate";
    /**
     * Extension attribute {@value #EXTENSION_ACTOR}: who made the change. The subject of the writer's token for a
     * write through the API, {@value #ACTOR_SEED} for the curated seed, {@value #ACTOR_SYSTEM} for anything else the
     * service does by itself. Optional: events published before it existed have none.
     */
    public static final String EXTENSION_ACTOR = "ipaccordactor";
    public static final String HEADER_ACTOR = "ce_" + EXTENSION_ACTOR;
    public static final String ACTOR_SEED = "seed";
    public static final String ACTOR_SYSTEM = "system";

    private CloudEvents() {
    }
}
