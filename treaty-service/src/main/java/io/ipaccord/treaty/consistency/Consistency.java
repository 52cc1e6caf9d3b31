package io.ipaccord.treaty.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.api.ConsistencyReport.PartyDates;
import io.ipaccord.contracts.treaty.api.ConsistencyReport.ReasonGroup;
import io.ipaccord.contracts.treaty.api.ConsistencySummary;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.treaty.engine.Anchor;
import io.ipaccord.treaty.engine.Delay;
import io.ipaccord.treaty.engine.EntryIntoForceRule;
import io.ipaccord.treaty.treaty.RuleMapper;
import io.ipaccord.treaty.treaty.Treaty;

/**
 * How standings' computed dates compare with the depositary's recorded ones: the one computation behind the
 * consistency reports and an import's answer. Counts parties with an instrument that makes them one; signatories
 * are left out.
 */
public final class Consistency {

    private static final Comparator<Membership> BY_TREATY_THEN_PARTY = Comparator.comparing(Membership::treaty)
            .thenComparing(Membership::state)
            .thenComparing(Membership::act, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Consistency() {
    }

    public static ConsistencySummary summary(Collection<Membership> memberships) {
        int parties = 0;
        int compared = 0;
        int agreeing = 0;
        Map<DateDiscrepancy, Integer> byReason = new EnumMap<>(DateDiscrepancy.class);
        for (Membership m : memberships) {
            if (m.instrumentId() == null) {
                continue;
            }
            parties++;
            if (m.recordedBound() != null && m.computedBound() != null) {
                compared++;
                if (Boolean.TRUE.equals(m.datesAgree())) {
                    agreeing++;
                }
            }
            if (m.discrepancy() != null) {
                byReason.merge(m.discrepancy(), 1, Integer::sum);
            }
        }
        double agreement = compared == 0 ? 1.0 : (double) agreeing / compared;
        return new ConsistencySummary(parties, compared, agreeing, agreement, byReason);
    }

    /** Every reason that occurs, by count (most first) then name, with its parties by treaty then party code. */
    public static List<ReasonGroup> reasons(Collection<Membership> memberships) {
        Map<DateDiscrepancy, List<Membership>> byReason = new EnumMap<>(DateDiscrepancy.class);
        memberships.stream().filter(m -> m.instrumentId() != null && m.discrepancy() != null)
                .forEach(m -> byReason.computeIfAbsent(m.discrepancy(), k -> new ArrayList<>()).add(m));
        Map<DateDiscrepancy, List<Membership>> ordered = new LinkedHashMap<>();
        byReason.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<DateDiscrepancy, List<Membership>> e) -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().name()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered.entrySet().stream().map(e -> new ReasonGroup(e.getKey(), e.getValue().size(),
                e.getValue().stream().sorted(BY_TREATY_THEN_PARTY)
                        .map(m -> new PartyDates(m.treaty(), m.act(), m.state(), m.recordedBound(), m.computedBound()))
                        .toList()))
                .toList();
    }

    /**
     * What the treaty's later-party clock runs from: DEPOSIT, NOTIFICATION, or ACTS for a Union table whose clock
     * runs from deposit under the latest Act but from notification under the older ones the table mixes (the rule
     * has other Acts' clocks); {@code null} without a later-party rule.
     */
    public static String clock(Treaty treaty) {
        EntryIntoForceRule rule = RuleMapper.toEngine(treaty.code, treaty.rule());
        Delay later = rule.laterPartyDelay();
        if (later == null) {
            return null;
        }
        return later.anchor() == Anchor.DEPOSIT && !rule.otherActClocks().isEmpty() ? "ACTS" : later.anchor().name();
    }
}
