-- The later-party clocks of a treaty's other Acts (engine notation, ';'-separated), for Union tables that do not say
-- which Act a party joined under: only to explain why a recorded date differs from the computed one.
ALTER TABLE rule ADD COLUMN other_act_clocks TEXT NOT NULL DEFAULT '';
