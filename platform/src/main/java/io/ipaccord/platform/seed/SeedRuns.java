package io.ipaccord.platform.seed;

import java.util.function.IntSupplier;

import org.jboss.logging.Logger;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.platform.audit.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Runs a seed import once per database. Replicas starting together serialise on an advisory
 * lock; the first records the run, the others find it and do nothing. A seed goes through the
 * service's own write path, so its rows reach Kafka through the outbox like any other write.
 */
@ApplicationScoped
public class SeedRuns {

    private static final Logger LOG = Logger.getLogger(SeedRuns.class);

    @Inject EntityManager entityManager;

    /** @return whether the import ran now (false: it had run before) */
    @Transactional
    public boolean runOnce(String name, IntSupplier importer) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "seed:" + name)
                .getSingleResult();
        Number done = (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM seed_run WHERE name = ?1")
                .setParameter(1, name)
                .getSingleResult();
        if (done.intValue() > 0) {
            return false;
        }
        int rows = Actors.as(CloudEvents.ACTOR_SEED, importer);
        entityManager.createNativeQuery("INSERT INTO seed_run (name, rows) VALUES (?1, ?2)")
                .setParameter(1, name)
                .setParameter(2, rows)
                .executeUpdate();
        LOG.infof("Seed %s imported: %d rows", name, rows);
        return true;
    }
}
