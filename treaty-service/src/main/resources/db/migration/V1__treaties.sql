-- Treaties, their Acts, entry-into-force rules (as data, in the engine's notation) and instruments.

CREATE TABLE treaty (
    code                       VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    short_name                 VARCHAR(200) NOT NULL,
    official_name              VARCHAR(500) NOT NULL,
    category                   VARCHAR(30)  NOT NULL
        CHECK (category IN ('IP_PROTECTION', 'GLOBAL_PROTECTION_SYSTEM', 'CLASSIFICATION', 'CONSTITUENT', 'OTHER')),
    adopted_place              VARCHAR(200),
    adopted_date               DATE,
    depositary                 VARCHAR(200),
    notes                      TEXT,
    sources                    TEXT[]       NOT NULL DEFAULT '{}',
    verified                   VARCHAR(10)  NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    verification_note          TEXT,
    -- The computed state last published on Kafka, to republish only when it changes.
    published_status           VARCHAR(20),
    published_entry_into_force DATE,
    published_party_count      INTEGER,
    version                    BIGINT       NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL
);
CREATE INDEX treaty_category_idx ON treaty (category);

CREATE TABLE treaty_act (
    id          BIGSERIAL    PRIMARY KEY,
    treaty_code VARCHAR(40)  NOT NULL REFERENCES treaty (code) ON DELETE CASCADE,
    code        VARCHAR(40)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name        VARCHAR(200) NOT NULL,
    position    INTEGER      NOT NULL,
    UNIQUE (treaty_code, code)
);

-- One rule per treaty (act_code null) and per Act that has a rule of its own.
-- Delays: '<amount><D|M|Y> from <DEPOSIT|NOTIFICATION>'; conditions: '8;4:PCT_CONDITION', '1:!MADRID_AGREEMENT'.
CREATE TABLE rule (
    id                        BIGSERIAL   PRIMARY KEY,
    treaty_code               VARCHAR(40) NOT NULL REFERENCES treaty (code) ON DELETE CASCADE,
    act_code                  VARCHAR(40),
    qualifying_types          TEXT[]      NOT NULL CHECK (cardinality(qualifying_types) > 0),
    count_conditions          TEXT        NOT NULL DEFAULT ''
        CHECK (count_conditions ~ '^([0-9]+(:!?[A-Z][A-Z0-9_]*)?(;[0-9]+(:!?[A-Z][A-Z0-9_]*)?)*)?$'),
    initial_delay             VARCHAR(30) CHECK (initial_delay ~ '^[0-9]+[DMY] from (DEPOSIT|NOTIFICATION)$'),
    later_party_delay         VARCHAR(30) CHECK (later_party_delay ~ '^[0-9]+[DMY] from (DEPOSIT|NOTIFICATION)$'),
    party_may_name_later_date BOOLEAN     NOT NULL DEFAULT false,
    denunciation_delay        VARCHAR(30) CHECK (denunciation_delay ~ '^[0-9]+[DMY] from (DEPOSIT|NOTIFICATION)$'),
    recorded_entry_into_force DATE,
    notes                     TEXT,
    sources                   TEXT[]      NOT NULL DEFAULT '{}',
    verified                  VARCHAR(10) NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    verification_note         TEXT,
    UNIQUE NULLS NOT DISTINCT (treaty_code, act_code),
    FOREIGN KEY (treaty_code, act_code) REFERENCES treaty_act (treaty_code, code) ON DELETE CASCADE,
    CHECK (count_conditions = '' OR initial_delay IS NOT NULL)
);

CREATE TABLE instrument (
    id                     BIGSERIAL    PRIMARY KEY,
    treaty_code            VARCHAR(40)  NOT NULL REFERENCES treaty (code),
    act_code               VARCHAR(40),
    state_code             CHAR(2)      NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
    type                   VARCHAR(30)  NOT NULL,
    deposit_date           DATE         NOT NULL,
    notification_date      DATE         CHECK (notification_date >= deposit_date),
    named_effective_date   DATE,
    notification_reference VARCHAR(500),
    notes                  TEXT,
    sources                TEXT[]       NOT NULL DEFAULT '{}',
    groups                 TEXT[]       NOT NULL DEFAULT '{}',
    verified               VARCHAR(10)  NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    verification_note      TEXT,
    withdrawn              BOOLEAN      NOT NULL DEFAULT false,
    version                BIGINT       NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (treaty_code, act_code) REFERENCES treaty_act (treaty_code, code)
);
CREATE INDEX instrument_treaty_idx ON instrument (treaty_code, deposit_date, id);
CREATE INDEX instrument_state_idx ON instrument (state_code);
