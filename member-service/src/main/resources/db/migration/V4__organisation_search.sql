-- Full-text search over an organisation's name, short name and code, the way V2 does it for member states
-- ('simple': names are proper nouns, no stemming).
ALTER TABLE organisation
    ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || short_name || ' ' || code)) STORED;
CREATE INDEX organisation_search_idx ON organisation USING GIN (search_document);
