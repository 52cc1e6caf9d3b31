package io.ipaccord.treaty.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.treaty.membership.MembershipService;
import io.ipaccord.treaty.partytable.PartyTableWriter;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A party's treaties as of a date as CSV: its standings ({@link MembershipService#ofState}, in the same order as
 * the JSON form) with each treaty's short name, the authoritative, recorded and computed dates and the reason they
 * differ.
 */
@ApplicationScoped
public class StateTreatiesExport {

    /** The header, in order. */
    public static final List<String> COLUMNS = List.of("treaty_code", "act_code", "treaty_short_name", "standing",
            "signature_date", "instrument_type", "instrument_date", "bound_date", "recorded_entry_into_force_date",
            "computed_entry_into_force_date", "dates_agree", "discrepancy", "denunciation_effective_date");

    @Inject MembershipService memberships;
    @Inject TreatyRepository treaties;

    /** 404 only for a party code never heard of, as the JSON form. */
    @Transactional
    public String csv(String party, LocalDate asOf) {
        List<Membership> standings = memberships.ofState(party, asOf);
        Map<String, String> shortNames = new HashMap<>();
        treaties.findByCodes(standings.stream().map(Membership::treaty).distinct().toList())
                .forEach((Treaty t) -> shortNames.put(t.code, t.shortName));
        return CsvTable.format(COLUMNS, standings.stream().map(m -> List.of(
                m.treaty(),
                text(m.act()),
                text(shortNames.get(m.treaty())),
                m.status() == null ? "" : m.status().name(),
                text(m.signed()),
                PartyTableWriter.type(m.instrumentType()),
                text(m.deposited()),
                text(m.bound()),
                text(m.recordedBound()),
                text(m.computedBound()),
                text(m.datesAgree()),
                m.discrepancy() == null ? "" : m.discrepancy().name(),
                text(m.denouncedEffective()))).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
