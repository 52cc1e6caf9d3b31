package io.ipaccord.treaty.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.evaluation.StoredStandings.Difference;
import io.ipaccord.treaty.treaty.TreatyRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Recomputes the stored standings of every treaty from its instruments, each treaty in its own transaction under its
 * lock, and reports any difference from what was stored: there should be none, since every write keeps them. At
 * start-up, stores those of treaties registered before standings were stored.
 */
@ApplicationScoped
public class StandingsRebuild {

    private static final Logger LOG = Logger.getLogger(StandingsRebuild.class);

    @Inject StoredStandings standings;
    @Inject TreatyRepository treaties;

    /**
     * @param treaties    how many treaties were recomputed
     * @param intervals   how many intervals they have
     * @param differences the intervals that were stored and not computed, or computed and not stored (now replaced)
     */
    public record Report(int treaties, int intervals, List<Difference> differences) {
    }

    public Report rebuild() {
        List<Difference> differences = new ArrayList<>();
        AtomicInteger intervals = new AtomicInteger();
        List<String> codes = codes();
        for (String code : codes) {
            differences.addAll(standings.rebuild(code, intervals::addAndGet));
        }
        if (!differences.isEmpty()) {
            LOG.warnf("Standings rebuild: %d intervals differed from those stored, now replaced", differences.size());
        }
        return new Report(codes.size(), intervals.get(), differences);
    }

    @Transactional
    List<String> codes() {
        return treaties.codes();
    }

    void backfill(@Observes StartupEvent start) {
        List<String> missing = standings.unstored();
        missing.forEach(code -> standings.rebuild(code, n -> { }));
        if (!missing.isEmpty()) {
            LOG.infof("Stored the standings of %d treaties registered before they were stored", missing.size());
        }
    }
}
