package io.ipaccord.member.seed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.ipaccord.member.memberstate.MemberStateInput;
import io.ipaccord.member.memberstate.MemberStateService;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.platform.seed.SeedRuns;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the 193 member states of {@code seed/member_states.csv} (the project's reference data, sources kept,
 * in platform's resources) on the first start against a database. It goes through the
 * service, so every seeded state is also published to Kafka.
 */
@ApplicationScoped
public class MemberStateSeed {

    static final String FILE = "seed/member_states.csv";

    void onStart(@Observes StartupEvent event, SeedRuns seedRuns, MemberStateService service,
            @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            seedRuns.runOnce("member-states", () -> importAll(service));
        }
    }

    static int importAll(MemberStateService service) {
        List<Map<String, String>> rows = CsvTable.fromClasspath(FILE).rows();
        rows.forEach(row -> service.register(toInput(row)));
        return rows.size();
    }

    static MemberStateInput toInput(Map<String, String> row) {
        String since = row.get("wipo_member_since");
        MemberStateInput input = new MemberStateInput();
        input.code = row.get("iso2");
        input.alpha3 = row.get("iso3");
        input.numeric = row.get("numeric");
        input.name = row.get("name");
        input.memberSince = since.isEmpty() ? null : LocalDate.parse(since);
        input.sources = Arrays.stream(row.get("source_url").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        input.verified = row.get("verified_yes_no");
        return input;
    }
}
