package io.ipaccord.event;

import io.ipaccord.testing.kafka.KafkaTestResource;
import io.ipaccord.testing.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "ipaccord_event_test"))
public final class EventServiceTestResources {

    private EventServiceTestResources() {
    }
}
