-- Events with their participants, attendance figures (one row per figure and source), series,
-- parent/child itinerary and links to treaties and member states.

CREATE TABLE event_series (
    code        VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    sources     TEXT[]       NOT NULL DEFAULT '{}'
);

CREATE TABLE event (
    id            VARCHAR(80)  PRIMARY KEY CHECK (id ~ '^EV-[A-Za-z0-9][A-Za-z0-9-]*$'),
    type          VARCHAR(30)  NOT NULL CHECK (type IN ('OFFICIAL_VISIT', 'FORUM', 'ROUNDTABLE', 'CONFERENCE',
                      'HIGH_LEVEL_CONFERENCE', 'DIPLOMATIC_CONFERENCE', 'ANNIVERSARY_CEREMONY', 'DEPOSIT_CEREMONY',
                      'OFFICE_OPENING', 'ASSEMBLY_SESSION', 'TREATY_MILESTONE')),
    title         VARCHAR(500) NOT NULL,
    summary       TEXT,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    city          VARCHAR(200),
    region        VARCHAR(200),
    host_country  CHAR(2)      CHECK (host_country ~ '^[A-Z]{2}$'),
    venue         VARCHAR(300),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    organisers    TEXT[]       NOT NULL DEFAULT '{}',
    series_code   VARCHAR(40)  REFERENCES event_series (code),
    parent_id     VARCHAR(80)  REFERENCES event (id),
    sources       TEXT[]       NOT NULL DEFAULT '{}',
    verified      VARCHAR(10)  NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    notes         TEXT,
    -- What else full-text search should find (city, organisers, participants, related codes...), written by the
    -- service on every change; title and summary weigh more.
    search_extra  TEXT         NOT NULL DEFAULT '',
    search_vector TSVECTOR     GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', title), 'A')
                      || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
                      || setweight(to_tsvector('english', search_extra), 'C')) STORED,
    version       BIGINT       NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CHECK (end_date >= start_date),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX event_start_idx ON event (start_date, id);
CREATE INDEX event_title_idx ON event (title, id);
CREATE INDEX event_host_idx ON event (host_country);
CREATE INDEX event_type_idx ON event (type);
CREATE INDEX event_parent_idx ON event (parent_id);
CREATE INDEX event_series_idx ON event (series_code);
CREATE INDEX event_search_idx ON event USING GIN (search_vector);

CREATE TABLE event_participant (
    id                BIGSERIAL    PRIMARY KEY,
    event_id          VARCHAR(80)  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('ORGANISATION', 'PERSON')),
    name              VARCHAR(300) NOT NULL,
    organisation_type VARCHAR(30)  CHECK (organisation_type IN ('ASSOCIATION', 'MEDIA', 'GOVERNMENT_BODY', 'IGO', 'NGO',
                          'COMPANY', 'UNIVERSITY', 'CMO')),
    role              VARCHAR(20)  NOT NULL CHECK (role IN ('HOST', 'ORGANISER', 'CHAIR', 'SPEAKER', 'DELEGATE', 'INVITEE',
                          'PARTICIPANT')),
    title             VARCHAR(300),
    affiliation       VARCHAR(300),
    source            VARCHAR(2000),
    note              TEXT,
    CHECK (kind = 'ORGANISATION' OR organisation_type IS NULL)
);
CREATE INDEX event_participant_event_idx ON event_participant (event_id);
CREATE INDEX event_participant_name_idx ON event_participant (lower(name));

-- Several sources may give different figures for one measure: each is its own row, none overwrites another.
CREATE TABLE event_attendance (
    id       BIGSERIAL     PRIMARY KEY,
    event_id VARCHAR(80)   NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    measure  VARCHAR(20)   NOT NULL CHECK (measure IN ('MEMBER_STATES', 'COUNTRIES', 'DELEGATES', 'DELEGATIONS', 'IGOS',
                 'NGOS', 'ORGANISATIONS', 'PARTICIPANTS')),
    value    BIGINT        NOT NULL CHECK (value >= 0),
    source   VARCHAR(2000) NOT NULL,
    note     TEXT
);
CREATE INDEX event_attendance_event_idx ON event_attendance (event_id);

-- Codes as published by treaty-service and member-service; checked on API writes against platform's replica
-- known_reference (db/platform V0_2), which the consumers of ipaccord.member-states.v1 and ipaccord.treaties.v1 fill.
CREATE TABLE event_treaty (
    event_id    VARCHAR(80) NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    treaty_code VARCHAR(40) NOT NULL CHECK (treaty_code ~ '^[A-Z][A-Z0-9_]*$'),
    PRIMARY KEY (event_id, position),
    -- Deferred: reordering a list rewrites positions one row at a time.
    UNIQUE (event_id, treaty_code) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX event_treaty_code_idx ON event_treaty (treaty_code);

CREATE TABLE event_state (
    event_id   VARCHAR(80) NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    state_code CHAR(2)     NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
    PRIMARY KEY (event_id, position),
    UNIQUE (event_id, state_code) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX event_state_code_idx ON event_state (state_code);
