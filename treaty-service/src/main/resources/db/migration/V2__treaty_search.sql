-- Full-text search over a treaty's code and names ('simple': proper nouns and codes, no stemming; word prefixes
-- match, see TreatyRepository.search). Code and short name weigh most, the official name next.
ALTER TABLE treaty
    ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', code || ' ' || short_name), 'A')
                || setweight(to_tsvector('simple', official_name), 'B')) STORED;
CREATE INDEX treaty_search_idx ON treaty USING GIN (search_document);
