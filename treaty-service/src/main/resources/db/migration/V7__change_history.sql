-- Who changed what, and when (platform.audit): the actor on every outbox row (published as the CloudEvents extension
-- ipaccordactor) and the durable history of every aggregate, written with its event in the writing transaction
-- (outbox rows are deleted some time after they are sent; this table keeps every change).
ALTER TABLE outbox_message ADD COLUMN actor text;

CREATE TABLE change_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic         text        NOT NULL,
    aggregate_key text        NOT NULL,
    ce_id         uuid        NOT NULL UNIQUE,
    ce_type       text        NOT NULL,
    actor         text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    data          text        NOT NULL
);

CREATE INDEX change_history_by_aggregate ON change_history (aggregate_key, id);
