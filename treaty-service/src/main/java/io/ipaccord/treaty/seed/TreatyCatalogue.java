package io.ipaccord.treaty.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.ipaccord.treaty.engine.CountCondition;
import io.ipaccord.treaty.engine.Delay;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.treaty.engine.OtherActClock;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.contracts.treaty.InstrumentType;

/**
 * The seed data of {@code seed/}: the treaties, their entry-into-force rules and the recorded instruments.
 *
 * <ul>
 *   <li>{@code treaties.csv}, {@code treaty_actions.csv}, {@code member_states.csv}: the shared reference data, unchanged;</li>
 *   <li>{@code entry_into_force_rules.csv}: one rule per treaty (or Act), authored from treaties.csv; a treaty-wide
 *       rule takes treaties.csv's {@code in_force_date} as its recorded entry-into-force date;</li>
 *   <li>{@code notification_dates.csv}: notification dates the action rows do not state, with their basis.</li>
 * </ul>
 * An instrument deposited under an Act without a rule of its own is governed by the treaty-wide rule.
 */
public final class TreatyCatalogue {

    private static final Pattern DATED = Pattern.compile("dated (\\d{4}-\\d{2}-\\d{2})");

    private final Map<String, TreatyRecord> treaties;
    private final Map<RuleKey, CatalogueRule> rules;
    private final List<ActionRecord> actions;

    private record RuleKey(String treatyCode, String act) {
    }

    private TreatyCatalogue(Map<String, TreatyRecord> treaties, Map<RuleKey, CatalogueRule> rules,
                            List<ActionRecord> actions) {
        this.treaties = treaties;
        this.rules = rules;
        this.actions = actions;
    }

    /** Loads {@code seed/*.csv} from the class path. */
    public static TreatyCatalogue loadSeed() {
        List<MemberStateRecord> states = SeedFile.MEMBER_STATES.rows().stream().map(MemberStateRecord::from).toList();
        Map<String, String> codeByName = new LinkedHashMap<>();
        for (MemberStateRecord s : states) {
            codeByName.put(s.name().toLowerCase(Locale.ROOT), s.iso2());
        }

        Map<String, TreatyRecord> treaties = new LinkedHashMap<>();
        for (SeedRow row : SeedFile.TREATIES.rows()) {
            TreatyRecord t = TreatyRecord.from(row);
            if (treaties.put(t.code(), t) != null) {
                throw row.error("duplicate treaty " + t.code());
            }
        }

        Map<RuleKey, CatalogueRule> rules = new LinkedHashMap<>();
        for (SeedRow row : SeedFile.ENTRY_INTO_FORCE_RULES.rows()) {
            CatalogueRule rule = rule(row, treaties);
            RuleKey key = new RuleKey(rule.rule().treatyCode(), rule.rule().act());
            if (rules.put(key, rule) != null) {
                throw row.error("duplicate rule for " + key);
            }
        }
        for (String code : treaties.keySet()) {
            if (!rules.containsKey(new RuleKey(code, null))) {
                throw new IllegalStateException(SeedFile.ENTRY_INTO_FORCE_RULES.fileName() + ": no treaty-wide rule for " + code);
            }
        }

        List<SeedRow> supplement = new ArrayList<>(SeedFile.NOTIFICATION_DATES.rows());
        List<ActionRecord> actions = new ArrayList<>();
        for (SeedRow row : SeedFile.TREATY_ACTIONS.rows()) {
            actions.add(action(row, treaties, codeByName, supplement));
        }
        if (!supplement.isEmpty()) {
            throw supplement.get(0).error("matches no row of " + SeedFile.TREATY_ACTIONS.fileName());
        }
        return new TreatyCatalogue(treaties, rules, List.copyOf(actions));
    }

    public List<TreatyRecord> treaties() {
        return List.copyOf(treaties.values());
    }

    public List<CatalogueRule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule governing instruments of {@code treatyCode} deposited under {@code act}: the Act's own, else the treaty's. */
    public CatalogueRule ruleFor(String treatyCode, String act) {
        CatalogueRule own = act == null ? null : rules.get(new RuleKey(treatyCode, act));
        CatalogueRule rule = own != null ? own : rules.get(new RuleKey(treatyCode, null));
        if (rule == null) {
            throw new IllegalArgumentException("unknown treaty " + treatyCode);
        }
        return rule;
    }

    public List<ActionRecord> actions() {
        return actions;
    }

    private static CatalogueRule rule(SeedRow row, Map<String, TreatyRecord> treaties) {
        String code = row.required("treaty_code");
        TreatyRecord treaty = treaties.get(code);
        if (treaty == null) {
            throw row.error("rule for unknown treaty " + code);
        }
        String act = row.optional("act");
        try {
            EntryIntoForceRule.Builder b = EntryIntoForceRule.builder(code).act(act)
                    .conditions(CountCondition.parseAll(row.get("count_conditions")))
                    .initialDelay(delay(row.optional("initial_delay")))
                    .laterPartyDelay(delay(row.optional("later_party_delay")))
                    .partyMayNameLaterDate(yes(row, "party_may_name_later_date"))
                    .denunciationDelay(delay(row.optional("denunciation_delay")))
                    .otherActClocks(OtherActClock.parseAll(row.optional("other_act_clocks")))
                    // An Act's own initial date is not in treaties.csv.
                    .recordedEntryIntoForce(act == null ? treaty.inForceDate() : null);
            String types = row.optional("qualifying_types");
            if (types != null) {
                b.qualifying(Arrays.stream(types.split("\\s+"))
                        .map(InstrumentType::parse)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InstrumentType.class))));
            }
            return new CatalogueRule(b.build(), row.get("rule_notes"), row.get("source_url"), row.get("verified_yes_no"));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static ActionRecord action(SeedRow row, Map<String, TreatyRecord> treaties, Map<String, String> codeByName,
                                       List<SeedRow> supplement) {
        String party = row.required("party");
        String state = codeByName.get(party.toLowerCase(Locale.ROOT));
        if (state == null) {
            throw row.error("party '" + party + "' is not a name in " + SeedFile.MEMBER_STATES.fileName());
        }
        String treaty = row.required("treaty_code");
        if (!treaties.containsKey(treaty)) {
            throw row.error("unknown treaty " + treaty);
        }
        String act = row.optional("act_or_part");
        String typeText = row.required("action_type");
        LocalDate deposited = row.date("action_date");
        String anchor = row.get("anchor_for_eif");

        LocalDate notified = null;
        String basis = null;
        Matcher dated = DATED.matcher(anchor);
        if (dated.find()) {
            notified = LocalDate.parse(dated.group(1));
            basis = "stated";
        } else if (anchor.toLowerCase(Locale.ROOT).contains("same day")) {
            notified = deposited;
            basis = "same day";
        } else {
            for (var it = supplement.iterator(); it.hasNext(); ) {
                SeedRow s = it.next();
                if (s.get("party").equals(party) && s.get("treaty_code").equals(treaty)
                        && Objects.equals(s.optional("act_or_part"), act) && deposited.equals(s.date("action_date"))) {
                    notified = s.date("notification_date");
                    basis = s.required("basis");
                    it.remove();
                }
            }
        }
        RecordedInstrument instrument;
        try {
            instrument = new RecordedInstrument(state, instrumentType(typeText), act, deposited, notified, null, Set.of(),
                    row.optional("notification_ref"), null);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        return new ActionRecord(row.record(), party, treaty, act, typeText, anchor, row.date("eif_date_for_party"),
                row.get("declarations_or_notes"), row.get("notification_ref"), row.get("source_url"),
                row.get("verified_yes_no"), instrument, basis);
    }

    /**
     * "ratification", "accession"... A row that leaves the type open ("ratification or accession (type not
     * stated)") is read as the first type named: both count and bind alike, and the row keeps the original text.
     */
    static InstrumentType instrumentType(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int paren = t.indexOf('(');
        if (paren >= 0) {
            t = t.substring(0, paren);
        }
        return InstrumentType.parse(t.split(" or ")[0]);
    }

    private static Delay delay(String text) {
        return text == null ? null : Delay.parse(text);
    }

    private static boolean yes(SeedRow row, String column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no", "" -> false;
            default -> throw row.error(column + " must be yes or no");
        };
    }
}
