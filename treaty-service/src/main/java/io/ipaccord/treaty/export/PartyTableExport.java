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
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.treaty.evaluation.StoredStandings;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.partytable.PartyTableColumns;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A treaty's contracting-parties table as of a date, rebuilt from the instruments on record the way the import
 * matches a table's rows to them (a row covers the treaty as a whole): one row per party with a signature or a
 * binding instrument deposited on or before the date, beside the party's standing from the engine (under the
 * treaty as a whole where it has one). Ordered by party name, as the depositary orders its tables.
 */
@ApplicationScoped
public class PartyTableExport {

    @Inject TreatyRepository treaties;
    @Inject InstrumentRepository instruments;
    @Inject StoredStandings stored;
    @Inject KnownReferences references;

    /** The rows; 404 for an unknown treaty. The standings are the stored ones as of the date. */
    @Transactional
    public List<PartyTableEntry> entries(String treatyCode, LocalDate asOf) {
        Treaty treaty = treaties.findByIdOptional(treatyCode)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + treatyCode));
        List<Instrument> counting = instruments.counting(treatyCode);
        Map<String, Membership> standings = new LinkedHashMap<>();
        stored.byTreaties(List.of(treaty.code), asOf).get(treaty.code).forEach(m -> {
            if (m.act() == null || !standings.containsKey(m.state())) {
                standings.put(m.state(), m);
            }
        });
        Map<String, List<Instrument>> byParty = new LinkedHashMap<>();
        counting.stream()
                .filter(i -> onRecordBy(i, asOf))
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
     * The row of one party from its instruments in recording order, as the import matches a row to them: the first
     * signature and the latest binding instrument under the treaty as a whole (an instrument after a denunciation
     * replaces the one denounced), else the first of each under any Act (a Union's table gives the instrument that
     * joined the Union); a denunciation of the treaty as a whole deposited after that binding instrument. None
     * without a signature or a binding instrument.
     */
    static Optional<PartyTableEntry> entry(String treaty, String party, String name, boolean organisation,
            List<Instrument> recorded, Membership standing) {
        Instrument signature = null;
        Instrument signatureUnderAct = null;
        Instrument binding = null;
        Instrument bindingUnderAct = null;
        Instrument denunciation = null;
        for (Instrument instrument : recorded) {
            boolean whole = instrument.actCode == null;
            if (instrument.type == InstrumentType.SIGNATURE) {
                if (whole && signature == null) {
                    signature = instrument;
                } else if (!whole && signatureUnderAct == null) {
                    signatureUnderAct = instrument;
                }
            } else if (instrument.type.binds()) {
                if (whole) {
                    binding = instrument;
                    denunciation = null;
                } else if (bindingUnderAct == null) {
                    bindingUnderAct = instrument;
                }
            } else if (instrument.type == InstrumentType.DENUNCIATION && whole && binding != null && denunciation == null) {
                denunciation = instrument;
            }
        }
        signature = signature != null ? signature : signatureUnderAct;
        binding = binding != null ? binding : bindingUnderAct;
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
