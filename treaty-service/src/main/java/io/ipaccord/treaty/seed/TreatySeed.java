package io.ipaccord.treaty.seed;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.platform.seed.SeedRuns;
import io.ipaccord.treaty.instrument.api.InstrumentService;
import io.ipaccord.treaty.treaty.RuleInput;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.TreatyInput;
import io.ipaccord.treaty.treaty.api.TreatyService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports, once per database, the 31 treaties of the engine catalogue ({@code seed/*.csv}, the project's reference
 * data with their sources) with their rules and Acts, then the instruments of
 * {@code treaty_actions.csv}. Both go through the services, so everything seeded is also published.
 *
 * <p>The seeded instruments are curated facts: they are recorded without asking the member-state replica, which
 * only learns the states from Kafka and may not have caught up on a first start. Deposits through the API are
 * checked against it.
 */
@ApplicationScoped
public class TreatySeed {

    /** WIPO's Director General is the depositary of the treaties WIPO administers; exceptions are in depositaries.csv. */
    static final String DEFAULT_DEPOSITARY = "Director General of WIPO";

    private static final Pattern ACT_NAME = Pattern.compile("(.*?)\\s+Act\\s*\\((\\d{4})\\)");
    private static final Pattern VERIFICATION_WORD = Pattern.compile("\\b(yes|no|partial)\\b");

    void onStart(@Observes StartupEvent event, SeedRuns seedRuns, TreatyService treaties, InstrumentService instruments,
            @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            seedRuns.runOnce("treaties", () -> importAll(treaties, instruments));
        }
    }

    static int importAll(TreatyService treaties, InstrumentService instruments) {
        TreatyCatalogue catalogue = TreatyCatalogue.loadSeed();
        Map<String, String> depositaries = new LinkedHashMap<>();
        CsvTable.fromClasspath(SeedFile.DEPOSITARIES.resource()).rows().forEach(row -> depositaries.put(row.get("treaty_code"), row.get("depositary")));

        for (TreatyRecord treaty : catalogue.treaties()) {
            treaties.register(toInput(treaty, catalogue, depositaries.getOrDefault(treaty.code(), DEFAULT_DEPOSITARY)));
        }
        for (ActionRecord action : catalogue.actions()) {
            instruments.deposit(toInput(action), Origin.SEED);
        }
        return catalogue.treaties().size() + catalogue.actions().size();
    }

    static TreatyInput toInput(TreatyRecord treaty, TreatyCatalogue catalogue, String depositary) {
        // The Acts named by the instruments and rules on record, in order of appearance.
        Set<String> actNames = new LinkedHashSet<>();
        catalogue.actions().stream().filter(a -> a.treatyCode().equals(treaty.code()) && a.act() != null)
                .forEach(a -> actNames.add(a.act()));
        catalogue.rules().stream().filter(r -> r.rule().treatyCode().equals(treaty.code()) && r.rule().act() != null)
                .forEach(r -> actNames.add(r.rule().act()));
        List<TreatyInput.ActInput> acts = actNames.stream().map(name -> {
            CatalogueRule own = catalogue.rules().stream()
                    .filter(r -> r.rule().treatyCode().equals(treaty.code()) && name.equals(r.rule().act()))
                    .findFirst().orElse(null);
            return new TreatyInput.ActInput(actCode(name), name, own == null ? null : toInput(own));
        }).toList();

        String[] verification = verification(treaty.verified());
        String categoryRemark = categoryRemark(treaty.publishedCategory());
        String notes = treaty.ruleText() + (categoryRemark == null ? "" : "\nCategory as published: " + treaty.publishedCategory());
        return new TreatyInput(treaty.code(), treaty.shortName(), treaty.officialName(), treaty.category(),
                blankToNull(treaty.adoptedPlace()), treaty.adoptedDate(), depositary, notes, sources(treaty.sourceUrl()),
                verification[0], verification[1], acts, toInput(catalogue.ruleFor(treaty.code(), null)));
    }

    static InstrumentInput toInput(ActionRecord action) {
        var instrument = action.instrument();
        InstrumentType type = instrument.type();
        String notes = blankToNull(action.notes());
        if (!action.actionTypeText().equalsIgnoreCase(type.name().replace('_', ' '))) {
            // e.g. "ratification or accession (type not stated)", read as the first type named
            notes = (notes == null ? "" : notes + "\n") + "Recorded as: " + action.actionTypeText();
        }
        String[] verification = verification(action.verified());
        return new InstrumentInput(action.treatyCode(), action.act() == null ? null : actCode(action.act()), instrument.state(),
                type, instrument.deposited(), instrument.notified(), instrument.namedEffectiveDate(),
                blankToNull(action.notificationRef()), notes, sources(action.sourceUrl()), List.copyOf(new TreeSet<>(instrument.groups())),
                verification[0], verification[1], null);
    }

    private static RuleInput toInput(CatalogueRule rule) {
        String[] verification = verification(rule.verified());
        return RuleMapper.toInput(rule.rule(), blankToNull(rule.notes()), sources(rule.sourceUrl()), verification[0],
                verification[1]);
    }

    /** "Paris Act (1971)" gives PARIS_1971, "Geneva Act (1999)" GENEVA_1999. */
    static String actCode(String name) {
        Matcher m = ACT_NAME.matcher(name.trim());
        String base = m.matches() ? m.group(1) + "_" + m.group(2) : name;
        return base.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String categoryRemark(String text) {
        int paren = text.indexOf('(');
        return paren < 0 ? null : text.substring(paren);
    }

    /**
     * The sources' "yes", "no", "partial", or a remark such as "yes (dates); no (EIF rule)": the flag (partial when
     * the remark mixes them) and, when there is a remark, the whole text as the note.
     */
    static String[] verification(String text) {
        String t = text == null ? "" : text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.matches("yes|no|partial")) {
            return new String[] {lower, null};
        }
        Set<String> words = new TreeSet<>();
        Matcher m = VERIFICATION_WORD.matcher(lower);
        while (m.find()) {
            words.add(m.group(1));
        }
        String flag = words.size() == 1 ? words.iterator().next() : words.isEmpty() ? "no" : "partial";
        return new String[] {flag, t.isEmpty() ? null : t};
    }

    static List<String> sources(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
