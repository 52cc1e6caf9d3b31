-- Parties, not only states: an instrument's party is a state (ISO 3166-1 alpha-2) or an intergovernmental
-- organisation (WIPO Standard ST.3): both two capital letters, so state_code keeps its format.
-- The depositary's recorded entry into force for the party, beside the computed one.
ALTER TABLE instrument ADD COLUMN recorded_entry_into_force DATE;

-- The depositary's tables list a few parties with a date but no instrument (type UNKNOWN): no deposit date.
ALTER TABLE instrument ALTER COLUMN deposit_date DROP NOT NULL;
ALTER TABLE instrument ADD CONSTRAINT instrument_deposit_date_known CHECK (deposit_date IS NOT NULL OR type = 'UNKNOWN');
