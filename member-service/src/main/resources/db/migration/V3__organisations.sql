-- Intergovernmental organisations that can be contracting parties of WIPO treaties (the EU, OAPI, BOIP, EAPO, EPO),
-- keyed by WIPO Standard ST.3 code. A party code names a member state or an organisation, never both: the service
-- refuses an organisation code that is a member state's (and a member-state code that is an organisation's).
CREATE TABLE organisation (
    code       CHAR(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name       VARCHAR(200) NOT NULL CHECK (name <> ''),
    short_name VARCHAR(40)  NOT NULL CHECK (short_name <> ''),
    sources    TEXT[]       NOT NULL DEFAULT '{}',
    verified   VARCHAR(10)  NOT NULL DEFAULT 'no' CHECK (verified IN ('yes', 'no', 'partial')),
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
