package io.ipaccord.member.seed;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.member.organisation.OrganisationInput;
import io.ipaccord.member.organisation.OrganisationService;
import io.ipaccord.member.party.Alignment;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Brings the database in line with the intergovernmental organisations of {@code seed/organisations.csv} (EU, OAPI,
 * BOIP, EAPO, EPO with their WIPO ST.3 codes and sources, in platform's resources), once per version of that file,
 * the way {@link MemberStateSeed} does for the states: new ones registered, changed ones updated, the rest left alone.
 * It goes through the service, so every change is also published to Kafka. It runs after the member-state seed, so an
 * organisation code that is a state's is refused like any other.
 */
@ApplicationScoped
public class OrganisationSeed {

    static final String FILE = "seed/organisations.csv";
    /** The seed run's name: a new version of the file gets a new name, so existing databases take it up once. */
    static final String RUN = "organisations.2026-02-03";

    void onStart(@Observes @Priority(MemberStateSeed.PRIORITY + 1) StartupEvent event, SeedRuns seedRuns,
            OrganisationService service, @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            ReferenceImport.runOnce(seedRuns, RUN, () -> importAll(service));
        }
    }

    /** @return how many organisations were registered, updated and left unchanged */
    static Map<Alignment, Long> importAll(OrganisationService service) {
        return ReferenceImport.alignAll(FILE, row -> service.align(toInput(row)));
    }

    static OrganisationInput toInput(Map<String, String> row) {
        OrganisationInput input = new OrganisationInput();
        input.code = row.get("code");
        input.name = row.get("name");
        input.shortName = row.get("short_name");
        input.sources = ReferenceImport.sources(row.get("source_url"));
        input.verified = row.get("verified_yes_no");
        return input;
    }
}
