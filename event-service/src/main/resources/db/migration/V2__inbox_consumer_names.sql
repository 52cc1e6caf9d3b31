-- Inbox consumer names follow one rule, <quarkus.application.name>/<feed> (ReferenceFeed.inboxConsumer), e.g.
-- 'treaty-service/member-states'. event-service's replicas were named after the topics before: their recorded event
-- ids move to the new names, so an event Kafka delivers again after the upgrade is still recognised and changes
-- nothing. Only event-service ever used the old names, so the move is its own migration and runs once.
INSERT INTO processed_event (consumer, event_id, processed_at)
SELECT CASE consumer WHEN 'event-service/ipaccord.member-states.v1' THEN 'event-service/member-states'
                     ELSE 'event-service/treaties' END,
       event_id, processed_at
FROM processed_event
WHERE consumer IN ('event-service/ipaccord.member-states.v1', 'event-service/ipaccord.treaties.v1')
ON CONFLICT (consumer, event_id) DO NOTHING;

DELETE FROM processed_event
WHERE consumer IN ('event-service/ipaccord.member-states.v1', 'event-service/ipaccord.treaties.v1');
