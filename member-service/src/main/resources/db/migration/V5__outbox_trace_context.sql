-- The W3C Trace Context of the transaction that wrote an outbox row (captured at write time, not at relay time),
-- sent as the record's traceparent/tracestate headers so that a consumer's span continues the writer's trace.
-- In each service's own migrations, not in db/platform: a platform migration numbered below a service's
-- applied ones would not run on an existing database.
ALTER TABLE outbox_message ADD COLUMN trace_parent TEXT;
ALTER TABLE outbox_message ADD COLUMN trace_state  TEXT;
