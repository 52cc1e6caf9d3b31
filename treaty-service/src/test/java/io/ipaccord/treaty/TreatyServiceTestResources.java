package io.ipaccord.treaty;

import io.ipaccord.testing.kafka.KafkaTestResource;
import io.ipaccord.testing.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs against a real PostgreSQL database and a real Kafka broker. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "ipaccord_treaty_test"))
public final class TreatyServiceTestResources {

    private TreatyServiceTestResources() {
    }
}
