package io.ipaccord.treaty.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.platform.seed.SeedRuns;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.instrument.api.InstrumentService;
import io.ipaccord.treaty.partyimport.PartyTableImport;
import io.ipaccord.treaty.treaty.RuleInput;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.TreatyInput;
import io.ipaccord.treaty.treaty.api.TreatyService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Seeds a database through the services, so everything seeded is also published (outbox, Kafka):
 * <ol>
 *   <li>once per database, the 31 treaties of the engine catalogue ({@code seed/*.csv}, the project's reference data
 *       with their sources) with their rules and Acts;</li>
 *   <li>each depositary table of {@code seed/parties/} (one per treaty that has one), once per version of the file,
 *       through {@link PartyTableImport} exactly as {@code PUT /treaties/{code}/party-table} does (origin seed):
 *       one transaction and one evaluation per table;</li>
 *   <li>once per version of {@code treaty_actions.csv}, its instruments: one a table already holds (same treaty,
 *       party and kind of instrument, same Act or same date) is enriched with what the action adds (notification
 *       date and reference, Act, groups, further sources, verification), through a correction when anything is
 *       added; one no table holds (e.g. a later Act's instrument) is deposited.</li>
 * </ol>
 *
 * <p>The seeded instruments are curated facts: they are recorded without asking the member-state replica, which
 * only learns the states from Kafka and may not have caught up on a first start. Deposits and imports through the
 * API are checked against it.
 */
@ApplicationScoped
public class TreatySeed {

    private static final Logger LOG = Logger.getLogger(TreatySeed.class);

    /** WIPO's Director General is the depositary of the treaties WIPO administers; exceptions are in depositaries.csv. */
    static final String DEFAULT_DEPOSITARY = "Director General of WIPO";
    /** Where the depositary's tables are, one per treaty code. */
    static final String PARTY_TABLES = "seed/parties/";

    private static final Pattern ACT_NAME = Pattern.compile("(.*?)\\s+Act\\s*\\((\\d{4})\\)");
    private static final Pattern VERIFICATION_WORD = Pattern.compile("\\b(yes|no|partial)\\b");

    void onStart(@Observes StartupEvent event, SeedRuns seedRuns, TreatyService treaties, InstrumentService instruments,
            InstrumentRepository repository, PartyTableImport importer,
            @ConfigProperty(name = "ipaccord.seed.enabled", defaultValue = "true") boolean enabled) {
        if (enabled) {
            long started = System.nanoTime();
            TreatyCatalogue catalogue = TreatyCatalogue.loadSeed();
            seedRuns.runOnce("treaties", () -> registerTreaties(catalogue, treaties));
            partyTables(catalogue).forEach((code, text) -> seedRuns.runOnce("party-table." + code + "." + version(text),
                    () -> importer.importTable(code, text, Origin.SEED).rows()));
            seedRuns.runOnce("treaty-actions." + version(CsvTable.requiredText(SeedFile.TREATY_ACTIONS.resource())),
                    () -> recordActions(catalogue, instruments, repository));
            LOG.infof("Seed checked in %d ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    static int registerTreaties(TreatyCatalogue catalogue, TreatyService treaties) {
        Map<String, String> depositaries = new LinkedHashMap<>();
        CsvTable.fromClasspath(SeedFile.DEPOSITARIES.resource()).rows().forEach(row -> depositaries.put(row.get("treaty_code"), row.get("depositary")));
        for (TreatyRecord treaty : catalogue.treaties()) {
            treaties.register(toInput(treaty, catalogue, depositaries.getOrDefault(treaty.code(), DEFAULT_DEPOSITARY)));
        }
        return catalogue.treaties().size();
    }

    /** The depositary tables on the class path, by treaty code, in the catalogue's order. */
    static Map<String, String> partyTables(TreatyCatalogue catalogue) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (TreatyRecord treaty : catalogue.treaties()) {
            CsvTable.classpathText(PARTY_TABLES + treaty.code() + ".csv").ifPresent(text -> tables.put(treaty.code(), text));
        }
        return tables;
    }

    /**
     * Each action either enriches the instrument a table gave (a correction, only when it adds something) or is
     * deposited.
     *
     * @return the instruments corrected or deposited
     */
    static int recordActions(TreatyCatalogue catalogue, InstrumentService instruments, InstrumentRepository repository) {
        int written = 0;
        for (ActionRecord action : catalogue.actions()) {
            InstrumentInput input = toInput(action);
            Instrument match = tableInstrument(repository.counting(input.treaty()), input);
            if (match == null) {
                instruments.deposit(input, Origin.SEED);
                written++;
                continue;
            }
            InstrumentInput enriched = enrich(InstrumentMapper.toInput(match), input);
            if (!enriched.equals(InstrumentMapper.toInput(match))) {
                instruments.correct(match.id, enriched);
                written++;
            }
        }
        return written;
    }

    /** The stored instrument an action stands for: same party, both signatures or both binding, same Act or same date. */
    static Instrument tableInstrument(List<Instrument> counting, InstrumentInput action) {
        for (Instrument i : counting) {
            boolean sameKind = i.type.binds() ? action.type().binds() : i.type == action.type();
            if (i.stateCode.equals(action.state()) && sameKind
                    && (Objects.equals(i.actCode, action.act()) || Objects.equals(i.depositDate, action.depositDate()))) {
                return i;
            }
        }
        return null;
    }

    /**
     * The stored instrument with what the action adds: its Act, notification date and reference, named date (where
     * the instrument has none), groups and sources (added after the table's), verification. The table's facts (type,
     * dates, recorded entry into force, notes, first source) stay.
     */
    static InstrumentInput enrich(InstrumentInput stored, InstrumentInput action) {
        Set<String> groups = new TreeSet<>(stored.groups());
        groups.addAll(action.groups());
        Set<String> sources = new LinkedHashSet<>(stored.sources());
        sources.addAll(action.sources());
        return new InstrumentInput(stored.treaty(), stored.act() != null ? stored.act() : action.act(), stored.state(),
                stored.type(), stored.depositDate(), firstNonNull(stored.notificationDate(), action.notificationDate()),
                firstNonNull(stored.namedEffectiveDate(), action.namedEffectiveDate()),
                firstNonNull(stored.notificationReference(), action.notificationReference()), stored.notes(),
                List.copyOf(sources), List.copyOf(groups), action.verified(), action.verificationNote(),
                stored.recordedEntryIntoForce());
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }

    /** A file's version: the start of its SHA-256, so a changed file is taken up once. */
    static String version(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
