package io.ipaccord.treaty.export;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.api.Membership;
import io.ipaccord.contracts.treaty.api.PartyTableEntry;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.membership.MembershipService;
import io.ipaccord.treaty.partytable.PartyTableColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A treaty's contracting-parties table as of a date, rebuilt from the instruments on record the way the import
 * reads a table (the row of a party is its instruments with no Act): one row per party with a signature or a
 * binding instrument deposited on or before the date, beside the party's standing from the engine. Ordered by
 * party name, as the depositary orders its tables.
 */
@ApplicationScoped
public class PartyTableExport {

    @Inject MembershipService memberships;
    @Inject InstrumentRepository instruments;
    @Inject KnownReferences references;

    /** The rows; 404 for an unknown treaty. */
    @Transactional
    public List<PartyTableEntry> entries(String treatyCode, LocalDate asOf) {
        Map<String, Membership> standings = new LinkedHashMap<>();
        memberships.parties(treatyCode, asOf).forEach(m -> {
            if (m.act() == null || !standings.containsKey(m.state())) {
                standings.put(m.state(), m);
            }
        });
        Map<String, List<Instrument>> byParty = new LinkedHashMap<>();
        instruments.counting(treatyCode).stream()
                .filter(i -> i.actCode == null && onRecordBy(i, asOf))
                .forEach(i -> byParty.computeIfAbsent(i.stateCode, code -> new ArrayList<>()).add(i));
        Map<String, String> organisations = references.names(ReferenceKind.ORGANISATION, byParty.keySet());
        Map<String, String> states = references.names(ReferenceKind.MEMBER_STATE, byParty.keySet());
        List<PartyTableEntry> entries = new ArrayList<>();
        byParty.forEach((party, recorded) -> {
            boolean organisation = organisations.containsKey(party);
            String name = organisation ? organisations.get(party) : states.getOrDefault(party, party);
            entry(treatyCode, party, name, organisation, recorded, standings.get(party)).ifPresent(entries::add);
        });
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        entries.sort(Comparator.comparing(PartyTableEntry::name, collator).thenComparing(PartyTableEntry::party));
        return entries;
    }

    /**
     * The row of one party from its instruments in recording order: the first signature, the latest binding
     * instrument, a denunciation deposited after it; none without a signature or a binding instrument.
     */
    static Optional<PartyTableEntry> entry(String treaty, String party, String name, boolean organisation,
            List<Instrument> recorded, Membership standing) {
        Instrument signature = null;
        Instrument binding = null;
        Instrument denunciation = null;
        for (Instrument instrument : recorded) {
            if (instrument.type == InstrumentType.SIGNATURE) {
                signature = signature == null ? instrument : signature;
            } else if (instrument.type.binds()) {
                binding = instrument;
                denunciation = null;
            } else if (instrument.type == InstrumentType.DENUNCIATION && binding != null) {
                denunciation = denunciation == null ? instrument : denunciation;
            }
        }
        if (signature == null && binding == null) {
            return Optional.empty();
        }
        Instrument main = binding != null ? binding : signature;
        Set<String> sources = new LinkedHashSet<>();
        for (Instrument instrument : new Instrument[] { main, signature, denunciation }) {
            if (instrument != null) {
                sources.addAll(instrument.provenance.sources);
            }
        }
        return Optional.of(new PartyTableEntry(treaty, party, name,
                organisation ? PartyTableColumns.KIND_ORGANISATION : PartyTableColumns.KIND_STATE,
                standing == null ? null : standing.status(),
                signature == null ? null : signature.depositDate,
                binding == null ? null : binding.type,
                binding == null ? null : binding.depositDate,
                standing == null ? null : standing.bound(),
                binding == null ? null : binding.recordedEntryIntoForce,
                standing == null ? null : standing.computedBound(),
                standing == null ? null : standing.datesAgree(),
                standing == null ? null : standing.discrepancy(),
                denunciation == null ? null : denunciation.depositDate,
                denunciation == null ? null : denunciation.namedEffectiveDate,
                main.notes,
                List.copyOf(sources)));
    }

    /**
     * Deposited on or before the date; an {@link InstrumentType#UNKNOWN} instrument, which has no deposit date, from
     * its recorded entry into force (always, when it has none).
     */
    private static boolean onRecordBy(Instrument instrument, LocalDate asOf) {
        LocalDate date = instrument.depositDate != null ? instrument.depositDate : instrument.recordedEntryIntoForce;
        return date == null || !date.isAfter(asOf);
    }
}
