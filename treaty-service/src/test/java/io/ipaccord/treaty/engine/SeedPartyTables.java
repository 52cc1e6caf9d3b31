package io.ipaccord.treaty.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.treaty.partytable.PartyRow;
import io.ipaccord.treaty.partytable.PartyTable;
import io.ipaccord.treaty.seed.TreatyCatalogue;

/**
 * The 27 depositary tables of {@code seed/parties/}, read through {@link PartyTable} and turned into the engine's
 * instruments by {@link PartyRow#instruments}, with the rules of the seed catalogue: what the consistency tests run on.
 */
public final class SeedPartyTables {

    public static final List<String> CODES = List.of("BEIJING", "BERNE", "BRUSSELS", "GRATK", "HAGUE",
            "HAGUE_GENEVA_1999", "LISBON", "LISBON_GENEVA_2015", "LOCARNO", "MADRID_MARKS", "MADRID_PROTOCOL",
            "MADRID_SOURCE", "MARRAKESH", "NAIROBI", "NICE", "PARIS", "PCT", "PHONOGRAMS", "RDLT", "ROME", "SINGAPORE",
            "STRASBOURG_IPC", "TLT", "WASHINGTON_IPIC", "WCT", "WIPO_CONV", "WPPT");

    /** The date the tables are as of. */
    public static final LocalDate AS_OF = LocalDate.parse("2026-02-03");

    private static final TreatyCatalogue CATALOGUE = TreatyCatalogue.loadSeed();

    /** Organisation code by the depositary's name for it ("European Union (EU)" -> EU), from platform's organisations.csv. */
    public static final Map<String, String> ORGANISATION_BY_TABLE_NAME = organisations();

    private SeedPartyTables() {
    }

    public static String text(String code) {
        try (InputStream in = SeedPartyTables.class.getClassLoader().getResourceAsStream("seed/parties/" + code + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("no seed/parties/" + code + ".csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<PartyRow> rows(String code) {
        return PartyTable.parse(code, text(code));
    }

    /**
     * The seed catalogue's treaty-wide rule, with the {@code other_act_clocks} column of
     * {@code seed/entry_into_force_rules.csv} applied where the catalogue does not read it yet.
     */
    public static EntryIntoForceRule rule(String code) {
        EntryIntoForceRule rule = CATALOGUE.ruleFor(code, null).rule();
        if (!rule.otherActClocks().isEmpty()) {
            return rule;
        }
        return rule.toBuilder().otherActClocks(OtherActClock.parseAll(OTHER_ACT_CLOCKS.get(code))).build();
    }

    private static final Map<String, String> OTHER_ACT_CLOCKS = otherActClocks();

    private static Map<String, String> otherActClocks() {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> row : CsvTable.fromClasspath("seed/entry_into_force_rules.csv").rows()) {
            if (row.get("act").isEmpty()) {
                out.put(row.get("treaty_code"), row.getOrDefault("other_act_clocks", ""));
            }
        }
        return out;
    }

    public static String partyCode(PartyRow row) {
        if (!row.organisation()) {
            return row.iso2();
        }
        String code = ORGANISATION_BY_TABLE_NAME.get(row.partyName());
        if (code == null) {
            throw new IllegalStateException("line " + row.line() + ": no organisation named " + row.partyName());
        }
        return code;
    }

    public static List<RecordedInstrument> instruments(List<PartyRow> rows) {
        List<RecordedInstrument> out = new ArrayList<>();
        rows.forEach(r -> out.addAll(r.instruments(partyCode(r))));
        return out;
    }

    public static Set<String> organisationCodes() {
        return Set.copyOf(ORGANISATION_BY_TABLE_NAME.values());
    }

    /** The engine's outcome for a treaty's whole table, as of {@link #AS_OF}. */
    public static RuleOutcome outcome(String code) {
        return new EntryIntoForceEngine().evaluate(rule(code), instruments(rows(code)), AS_OF, organisationCodes());
    }

    /** Row by party code, to show a party's table line. */
    public static Map<String, PartyRow> rowsByParty(String code) {
        Map<String, PartyRow> out = new LinkedHashMap<>();
        rows(code).forEach(r -> out.put(partyCode(r), r));
        return out;
    }

    private static Map<String, String> organisations() {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> row : CsvTable.fromClasspath("seed/organisations.csv").rows()) {
            out.put(row.get("name") + " (" + row.get("short_name") + ")", row.get("code"));
        }
        return Map.copyOf(out);
    }
}
