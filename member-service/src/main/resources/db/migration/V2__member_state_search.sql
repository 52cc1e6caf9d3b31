-- Full-text search over a state's names and codes ('simple': names are proper nouns, no stemming).
ALTER TABLE member_state
    ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || code || ' ' || alpha3)) STORED;
CREATE INDEX member_state_search_idx ON member_state USING GIN (search_document);
