-- Shared by every service (io.ipaccord:platform). Services list db/platform in
-- quarkus.flyway.locations and number their own migrations from V1.

-- Transactional outbox: written in the same transaction as the state change,
-- published in id order by OutboxRelay, then marked sent.
CREATE TABLE outbox_message (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    -- CloudEvents attributes; all null for a tombstone.
    ce_id       UUID,
    ce_type     TEXT,
    ce_source   TEXT,
    ce_subject  TEXT,
    ce_time     TIMESTAMPTZ,
    payload     TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at     TIMESTAMPTZ
);
CREATE INDEX outbox_message_unsent_idx ON outbox_message (id) WHERE sent_at IS NULL;

-- Idempotent consumer: an event id recorded in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Seed data imported once per database, even with several replicas starting at once.
CREATE TABLE seed_run (
    name       TEXT PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    rows       INTEGER     NOT NULL
);
