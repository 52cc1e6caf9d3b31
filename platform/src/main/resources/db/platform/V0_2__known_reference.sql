-- What a service knows of other services' aggregates (member states, treaties...), learnt only from their
-- owners' Kafka topics by io.ipaccord.platform.replica.KnownReferences, which alone writes it.
CREATE TABLE known_reference (
    kind       VARCHAR(20)  NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]*$'),
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(500) NOT NULL,
    -- Removed by its owner: kept so a refusal can say so, and so the code's history stays readable.
    removed    BOOLEAN      NOT NULL DEFAULT false,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, code)
);
