package io.ipaccord.treaty.partyimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.api.ImportResult;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.platform.time.Timestamps;
import io.ipaccord.treaty.consistency.Consistency;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.evaluation.Evaluation;
import io.ipaccord.treaty.evaluation.InstrumentChanges;
import io.ipaccord.treaty.evaluation.InstrumentChanges.Written;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.party.KnownParties;
import io.ipaccord.treaty.partytable.PartyRow;
import io.ipaccord.treaty.partytable.PartyTable;
import io.ipaccord.treaty.partytable.PartyTableColumns;
import io.ipaccord.treaty.partytable.PartyTableException;
import io.ipaccord.treaty.partytable.PartyTableProblem;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Brings a treaty in line with a contracting-parties table (the format of {@code seed/parties/}): adds the
 * instruments it lacks, corrects those whose table facts differ (version + 1, a {@code corrected} event), leaves the
 * others alone; instruments the table does not mention stay as they are. The API's import and the seed's go through
 * here.
 *
 * <p>One transaction with the treaty locked: the file is read and checked whole (every problem of every row, the
 * reader's and the records': unknown party, a date before the treaty's adoption) and refused whole, with nothing
 * written; the treaty's instruments are loaded once, and the treaty evaluated once before and once after the
 * write for what it determines ({@link InstrumentChanges#publishAll}); every event goes to the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class PartyTableImport {

    private static final Logger LOG = Logger.getLogger(PartyTableImport.class);

    /** The organisations as the seed knows them (platform's reference file), for a seed run before the replica caught up. */
    static final String ORGANISATIONS_FILE = "seed/organisations.csv";

    @Inject TreatyRepository treaties;
    @Inject InstrumentRepository instruments;
    @Inject InstrumentChanges changes;
    @Inject KnownParties parties;

    /**
     * @param origin {@link Origin#API}: every party must be known to the replica; {@link Origin#SEED}: the curated
     *               tables are not checked against it (it may not have caught up on a first start), organisations
     *               are named as in platform's {@value #ORGANISATIONS_FILE}
     * @throws ProblemException 404 for an unknown treaty; 400 listing every problem of the file
     */
    @Transactional
    public ImportResult importTable(String treatyCode, String csv, Origin origin) {
        long started = System.nanoTime();
        Treaty treaty = treaties.findForWrite(treatyCode)
                .orElseThrow(() -> ProblemException.notFound("No treaty with code " + treatyCode));
        List<PartyRow> rows;
        try {
            rows = PartyTable.parse(treatyCode, csv);
        } catch (PartyTableException e) {
            // The rows that could be read are checked against the records too: one answer lists every problem.
            List<PartyTableProblem> all = new ArrayList<>(e.problems());
            resolveParties(treaty, e.readableRows(), origin, all);
            throw refusal(treatyCode, all);
        }
        List<PartyTableProblem> problems = new ArrayList<>();
        Map<PartyRow, String> codes = resolveParties(treaty, rows, origin, problems);
        if (!problems.isEmpty()) {
            throw refusal(treaty.code, problems);
        }

        List<Instrument> counting = instruments.counting(treaty.code);
        List<RecordedInstrument> before = InstrumentMapper.toEngine(counting);
        List<Instrument> after = new ArrayList<>(counting);
        Set<Instrument> matched = new HashSet<>();
        List<Written> written = new ArrayList<>();
        int unchanged = 0;
        for (PartyRow row : rows) {
            for (TableInstrument wanted : TableInstrument.of(row, codes.get(row))) {
                Instrument existing = counterpart(wanted, counting, matched);
                if (existing == null) {
                    Instrument added = new Instrument();
                    wanted.applyTo(added, treaty.code);
                    added.updatedAt = Timestamps.now();
                    instruments.persist(added);
                    after.add(added);
                    written.add(new Written(added, TreatyActionChangeType.INSTRUMENT_DEPOSITED));
                } else {
                    matched.add(existing);
                    if (wanted.sameAs(existing)) {
                        unchanged++;
                    } else {
                        wanted.applyTo(existing, treaty.code);
                        existing.updatedAt = Timestamps.now();
                        written.add(new Written(existing, TreatyActionChangeType.INSTRUMENT_CORRECTED));
                    }
                }
            }
        }
        instruments.flush();
        Evaluation today = changes.publishAll(treaty, written, before, InstrumentMapper.toEngine(after));
        int added = (int) written.stream().filter(w -> w.type() == TreatyActionChangeType.INSTRUMENT_DEPOSITED).count();
        ImportResult result = new ImportResult(treaty.code, rows.size(), added, written.size() - added, unchanged,
                Consistency.summary(today.memberships()));
        LOG.infof("Party table of %s (%s): %d rows, %d added, %d changed, %d unchanged in %d ms", treaty.code, origin,
                rows.size(), result.added(), result.changed(), unchanged, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * The stored instrument a table instrument stands for: of the same party and kind, not already taken by another
     * row, preferring one of the same date (under the treaty as a whole, then under any Act), then one under the
     * treaty as a whole (its facts then differ: a correction); none: the table instrument is new.
     */
    private static Instrument counterpart(TableInstrument wanted, List<Instrument> counting, Set<Instrument> matched) {
        Instrument sameDateAnyAct = null;
        Instrument wholeTreaty = null;
        for (Instrument i : counting) {
            if (matched.contains(i) || !wanted.sameKind(i)) {
                continue;
            }
            boolean sameDate = Objects.equals(i.depositDate, wanted.date());
            if (sameDate && i.actCode == null) {
                return i;
            }
            if (sameDate && sameDateAnyAct == null) {
                sameDateAnyAct = i;
            }
            if (i.actCode == null && wholeTreaty == null) {
                wholeTreaty = i;
            }
        }
        return sameDateAnyAct != null ? sameDateAnyAct : wholeTreaty;
    }

    /**
     * Each row's party code, after the checks that need the records: a state known to the replica (API), an
     * organisation known by the name the table prints, no date before the treaty's adoption; each failed check is
     * added to {@code problems} (any refuses the file, all of them listed).
     */
    private Map<PartyRow, String> resolveParties(Treaty treaty, List<PartyRow> rows, Origin origin,
            List<PartyTableProblem> problems) {
        Map<String, String> organisations = origin.checksReferences() ? parties.organisationsByName() : seedOrganisations();
        Set<String> states = origin.checksReferences() ? parties.memberStates() : null;
        Map<PartyRow, String> codes = new HashMap<>();
        for (PartyRow row : rows) {
            String code;
            if (row.organisation()) {
                code = organisations.get(row.partyName());
                if (code == null) {
                    problems.add(new PartyTableProblem(row.line(), PartyTableColumns.PARTY_NAME, "'" + row.partyName()
                            + "' is not a known organisation (known: " + String.join(", ", organisations.keySet().stream().sorted().toList()) + ")"));
                }
            } else {
                code = row.iso2();
                if (states != null && !states.contains(code)) {
                    String refusal = parties.refusal(code);
                    problems.add(new PartyTableProblem(row.line(), PartyTableColumns.ISO2,
                            refusal != null && refusal.contains("no longer") ? refusal : code + " is not a known member state"));
                }
            }
            codes.put(row, code);
            checkNotBeforeAdoption(treaty, row, PartyTableColumns.SIGNATURE_DATE, row.signatureDate(), problems);
            checkNotBeforeAdoption(treaty, row, PartyTableColumns.INSTRUMENT_DATE, row.instrumentDate(), problems);
            checkNotBeforeAdoption(treaty, row, PartyTableColumns.DENUNCIATION_DATE, row.denunciationDate(), problems);
        }
        return codes;
    }

    private static void checkNotBeforeAdoption(Treaty treaty, PartyRow row, String column, LocalDate date,
            List<PartyTableProblem> problems) {
        if (date != null && treaty.adoptedDate != null && date.isBefore(treaty.adoptedDate)) {
            problems.add(new PartyTableProblem(row.line(), column, date + " is before the treaty's adoption on " + treaty.adoptedDate));
        }
    }

    private static Map<String, String> seedOrganisations() {
        return CsvTable.fromClasspath(ORGANISATIONS_FILE).rows().stream().collect(Collectors.toMap(
                r -> new OrganisationData(r.get("code"), r.get("name"), r.get("short_name"), List.of(), "no", 0, null).tableName(),
                r -> r.get("code")));
    }

    /** 400, every problem an error with its line, column and reason, in line order. */
    static ProblemException refusal(String treatyCode, List<PartyTableProblem> problems) {
        List<PartyTableProblem> ordered = problems.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line())).toList();
        List<FieldError> errors = ordered.stream().map(p -> FieldError.atLine(p.line(), p.column(), p.reason())).toList();
        String shown = ordered.stream().limit(3).map(PartyTableProblem::toString).collect(Collectors.joining("; "));
        return new ProblemException(ProblemKind.VALIDATION, "The party table of " + treatyCode + " is refused, nothing was written: "
                + ordered.size() + " problem(s): " + shown + (ordered.size() > 3 ? "; ..." : ""), errors);
    }
}
