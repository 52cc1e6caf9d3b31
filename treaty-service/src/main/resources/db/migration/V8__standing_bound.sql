-- Each stored standing's bound date (its Membership's "bound") as a column of its own, so that the standings
-- endpoints order by it in SQL (evaluation.StoredStandingsJson) instead of parsing every body as jsonb per request.
ALTER TABLE party_standing_interval ADD COLUMN bound DATE;
UPDATE party_standing_interval SET bound = (body::jsonb ->> 'bound')::date;
