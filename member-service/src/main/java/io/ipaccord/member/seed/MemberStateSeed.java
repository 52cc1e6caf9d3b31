package io.ipaccord.member.seed;

import java.time.LocalDate;
import java.util.Map;

import io.ipaccord.member.memberstate.MemberStateInput;
import io.ipaccord.member.memberstate.MemberStateService;
import io.ipaccord.member.party.Alignment;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database in line with the 194 member states of {@code seed/member_states.csv} (the project's reference
 * data, sources kept, in platform's resources), once per version of that file: on a new database it registers them
 * all; on one seeded from an earlier version it registers the states that are new, updates those whose facts changed
 * and leaves the rest alone. It goes through the service, so every change is also published to Kafka.
 */
@ApplicationScoped
public class MemberStateSeed {

    static final String FILE = "seed/member_states.csv";
    /** The seed run's name: a new version of the file gets a new name, so existing databases take it up once. */
    static final String RUN = "member-states.2026-02-03";
    /** Observer priority: the states first, then {@link OrganisationSeed} (whose codes must not be states'). */
    static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event, SeedRuns seedRuns, MemberStateService service,
            @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            ReferenceImport.runOnce(seedRuns, RUN, () -> importAll(service));
        }
    }

    /** @return how many states were registered, updated and left unchanged */
    static Map<Alignment, Long> importAll(MemberStateService service) {
        return ReferenceImport.alignAll(FILE, row -> service.align(toInput(row)));
    }

    static MemberStateInput toInput(Map<String, String> row) {
        String since = row.get("wipo_member_since");
        MemberStateInput input = new MemberStateInput();
        input.code = row.get("iso2");
        input.alpha3 = row.get("iso3");
        input.numeric = row.get("numeric");
        input.name = row.get("name");
        input.memberSince = since.isEmpty() ? null : LocalDate.parse(since);
        input.sources = ReferenceImport.sources(row.get("source_url"));
        input.verified = row.get("verified_yes_no");
        return input;
    }
}
