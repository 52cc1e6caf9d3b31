CREATE TABLE member_state (
    code         CHAR(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    alpha3       CHAR(3)      NOT NULL UNIQUE CHECK (alpha3 ~ '^[A-Z]{3}$'),
    numeric_code CHAR(3)      NOT NULL UNIQUE CHECK (numeric_code ~ '^[0-9]{3}$'),
    name         VARCHAR(200) NOT NULL,
    member_since DATE,
    sources      TEXT[]       NOT NULL DEFAULT '{}',
    verified     VARCHAR(10)  NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    version      BIGINT       NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX member_state_name_idx ON member_state (lower(name));
CREATE INDEX member_state_member_since_idx ON member_state (member_since);

CREATE TABLE body_seat (
    id                BIGSERIAL   PRIMARY KEY,
    member_state_code CHAR(2)     NOT NULL REFERENCES member_state (code) ON DELETE CASCADE,
    body              VARCHAR(40) NOT NULL,
    role              VARCHAR(20) NOT NULL,
    term_from         DATE        NOT NULL,
    term_to           DATE,
    CHECK (term_to IS NULL OR term_to >= term_from)
);
CREATE INDEX body_seat_state_idx ON body_seat (member_state_code);
CREATE INDEX body_seat_body_idx ON body_seat (body);
