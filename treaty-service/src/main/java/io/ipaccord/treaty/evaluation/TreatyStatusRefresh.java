package io.ipaccord.treaty.evaluation;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Time alone changes a treaty's status (its entry-into-force date arrives, a later party becomes bound): this job
 * republishes each treaty whose status as of today differs from what was last published. Each treaty is checked
 * in its own transaction, under its lock, so replicas running it together publish once.
 */
@ApplicationScoped
public class TreatyStatusRefresh {

    private static final Logger LOG = Logger.getLogger(TreatyStatusRefresh.class);

    @Inject TreatyPublisher publisher;

    @Scheduled(identity = "treaty-status-refresh", every = "${ipaccord.treaty.status-refresh.every:1h}",
            delayed = "${ipaccord.treaty.status-refresh.delayed:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refreshAll();
    }

    /** @return how many treaties were republished */
    public int refreshAll() {
        int published = 0;
        for (String code : publisher.codes()) {
            if (publisher.refresh(code)) {
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("Republished %d treaties whose status changed with the date", published);
        }
        return published;
    }
}
