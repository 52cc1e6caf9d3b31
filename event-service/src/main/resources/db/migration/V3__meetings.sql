-- WIPO meetings (committee sessions, Assemblies, working groups, diplomatic conferences) as events: the meeting's
-- facts are columns of the event (null for other events), its delegations are participants of kind STATE or
-- ORGANISATION with a party code (where they are parties) and a capacity.

ALTER TABLE event DROP CONSTRAINT event_type_check;
ALTER TABLE event ADD CONSTRAINT event_type_check CHECK (type IN ('OFFICIAL_VISIT', 'FORUM', 'ROUNDTABLE', 'CONFERENCE',
    'HIGH_LEVEL_CONFERENCE', 'DIPLOMATIC_CONFERENCE', 'ANNIVERSARY_CEREMONY', 'DEPOSIT_CEREMONY', 'OFFICE_OPENING',
    'ASSEMBLY_SESSION', 'TREATY_MILESTONE', 'COMMITTEE_SESSION', 'WORKING_GROUP', 'OTHER_MEETING'));

ALTER TABLE event
    ADD COLUMN meeting_id               VARCHAR(76) UNIQUE CHECK (meeting_id ~ '^MTG-[A-Z0-9][A-Z0-9-]*$'),
    ADD COLUMN meeting_body             VARCHAR(40),
    ADD COLUMN meeting_session          VARCHAR(20),
    ADD COLUMN meeting_type             VARCHAR(30) CHECK (meeting_type IN ('committee_session', 'assemblies',
                                            'working_group', 'diplomatic_conference', 'other')),
    ADD COLUMN meeting_document         VARCHAR(100),
    ADD COLUMN meeting_format           VARCHAR(20) CHECK (meeting_format IN ('hybrid', 'in_person', 'virtual')),
    ADD COLUMN member_states_reported   INTEGER CHECK (member_states_reported >= 0),
    ADD COLUMN igos_reported            INTEGER CHECK (igos_reported >= 0),
    ADD COLUMN ngos_reported            INTEGER CHECK (ngos_reported >= 0),
    ADD COLUMN member_states_listed     INTEGER CHECK (member_states_listed >= 0),
    ADD COLUMN observer_states_listed   INTEGER CHECK (observer_states_listed >= 0),
    ADD COLUMN member_orgs_listed       INTEGER CHECK (member_orgs_listed >= 0),
    ADD COLUMN igos_listed              INTEGER CHECK (igos_listed >= 0),
    ADD COLUMN ngos_listed              INTEGER CHECK (ngos_listed >= 0),
    ADD COLUMN meeting_list_status      VARCHAR(12) CHECK (meeting_list_status IN ('COMPLETE', 'CUT', 'CONFLICT',
                                            'UNCOUNTED', 'NO_LIST')),
    ADD COLUMN meeting_source           VARCHAR(2000),
    ADD COLUMN meeting_notes            TEXT,
    ADD CONSTRAINT event_meeting_check CHECK ((meeting_id IS NULL) = (meeting_body IS NULL)
        AND (meeting_id IS NULL) = (meeting_list_status IS NULL));
-- A body's sessions in order; the complete lists per body (the participation record's denominator).
CREATE INDEX event_meeting_body_idx ON event (meeting_body, start_date, id) WHERE meeting_id IS NOT NULL;
CREATE INDEX event_meeting_complete_idx ON event (meeting_list_status, meeting_body) WHERE meeting_id IS NOT NULL;

ALTER TABLE event_participant DROP CONSTRAINT event_participant_kind_check;
ALTER TABLE event_participant ADD CONSTRAINT event_participant_kind_check
    CHECK (kind IN ('ORGANISATION', 'PERSON', 'STATE'));
ALTER TABLE event_participant
    ADD COLUMN party_code CHAR(2) CHECK (party_code ~ '^[A-Z]{2}$'),
    ADD COLUMN capacity   VARCHAR(200);
-- A party's participation record reads its rows through this index only (with the event ids to join on).
CREATE INDEX event_participant_party_idx ON event_participant (party_code, event_id) WHERE party_code IS NOT NULL;

-- Where and when each treaty was adopted, as treaty-service publishes it on ipaccord.treaties.v1: a diplomatic
-- conference imported through the API is linked to the treaties adopted at its place during its dates.
CREATE TABLE treaty_adoption (
    code          VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    adopted_date  DATE,
    adopted_place VARCHAR(200),
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX treaty_adoption_date_idx ON treaty_adoption (adopted_date);
