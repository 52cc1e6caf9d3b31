-- What the entry-into-force engine says of each treaty at every date, stored as intervals of dates so that a read
-- for any as-of date is an indexed lookup. Written in the transaction of the write that changes the treaty's
-- instruments (a write evaluates the treaty once and replaces all its intervals); POST /admin/standings/rebuild
-- recomputes them from the instruments. valid_from NULL: since always; valid_to NULL: for good; valid_to excluded.

CREATE TABLE treaty_state_interval (
    treaty_code VARCHAR(40) NOT NULL REFERENCES treaty (code) ON DELETE CASCADE,
    valid_from  DATE,
    valid_to    DATE,
    -- The treaty's status, entry into force, Acts' status and party count (treaty-service's TreatyState, JSON).
    body        TEXT        NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX treaty_state_interval_idx ON treaty_state_interval (treaty_code, valid_from);

CREATE TABLE party_standing_interval (
    treaty_code VARCHAR(40) NOT NULL REFERENCES treaty (code) ON DELETE CASCADE,
    party_code  VARCHAR(10) NOT NULL,
    act_code    VARCHAR(40),
    standing    VARCHAR(30) NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    -- The party's standing as the API answers it (the contract's Membership, JSON).
    body        TEXT        NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX party_standing_interval_treaty_idx ON party_standing_interval (treaty_code, valid_from);
CREATE INDEX party_standing_interval_party_idx ON party_standing_interval (party_code, valid_from);
