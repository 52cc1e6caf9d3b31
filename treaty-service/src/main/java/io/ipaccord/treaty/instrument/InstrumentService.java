package io.ipaccord.treaty.instrument;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyEntryIntoForceData;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.treaty.engine.Determination;
import io.ipaccord.treaty.membership.TreatyEvaluator;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import io.ipaccord.treaty.treaty.TreatyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records, corrects and withdraws instruments. Each write locks its treaty, so the determinations it publishes
 * compare the records just before and just after it; the instrument event, the determinations and the treaty's
 * new state go to the outbox in the write's own transaction.
 */
@ApplicationScoped
public class InstrumentService {

    /** Instruments that make a contracting party: a state has at most one in force per treaty and Act. */
    static final Set<InstrumentType> BINDING = EnumSet.of(InstrumentType.SIGNATURE_WITHOUT_RESERVATION,
            InstrumentType.RATIFICATION, InstrumentType.ACCESSION, InstrumentType.ACCEPTANCE, InstrumentType.APPROVAL,
            InstrumentType.SUCCESSION, InstrumentType.CONTINUED_APPLICATION);

    /** Where an instrument comes from: the API checks the state against the member-state replica, the curated seed does not. */
    public enum Origin { API, SEED }

    private final InstrumentRepository repository;
    private final TreatyRepository treatyRepository;
    private final TreatyService treaties;
    private final TreatyEvaluator evaluator;
    private final KnownReferences references;
    private final Outbox outbox;

    InstrumentService(InstrumentRepository repository, TreatyRepository treatyRepository, TreatyService treaties,
            TreatyEvaluator evaluator, KnownReferences references, Outbox outbox) {
        this.repository = repository;
        this.treatyRepository = treatyRepository;
        this.treaties = treaties;
        this.evaluator = evaluator;
        this.references = references;
        this.outbox = outbox;
    }

    @Transactional
    public List<InstrumentData> list(String treaty, String state) {
        return repository.search(treaty, state).stream().map(InstrumentMapper::toData).toList();
    }

    @Transactional
    public List<InstrumentData> listForTreaty(String treaty) {
        if (treatyRepository.findByIdOptional(treaty).isEmpty()) {
            throw ProblemException.notFound("No treaty with code " + treaty);
        }
        return list(treaty, null);
    }

    @Transactional
    public InstrumentData get(long id) {
        return InstrumentMapper.toData(find(id));
    }

    @Transactional
    public InstrumentReceipt deposit(InstrumentInput input, Origin origin) {
        requireDatesInOrder(input);
        Treaty treaty = treaties.findForWrite(input.treaty(), "treaty");
        requireActOf(treaty, input.act());
        if (origin == Origin.API) {
            references.requireKnown(ReferenceKind.MEMBER_STATE, input.state(), "state");
        }
        List<Instrument> counting = repository.counting(treaty.code);
        List<io.ipaccord.treaty.engine.Instrument> before = InstrumentMapper.toEngine(counting);
        requireConsistentStanding(counting, input, null);

        Instrument instrument = new Instrument();
        InstrumentMapper.apply(input, instrument);
        instrument.updatedAt = now();
        repository.persist(instrument);
        repository.flush();
        List<Instrument> after = new ArrayList<>(counting);
        after.add(instrument);
        return publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_DEPOSITED, before, InstrumentMapper.toEngine(after));
    }

    @Transactional
    public InstrumentReceipt correct(long id, InstrumentInput input) {
        Instrument instrument = find(id);
        if (instrument.withdrawn) {
            throw ProblemException.conflict("id", "Instrument " + id + " is withdrawn; deposit a new one instead");
        }
        requireDatesInOrder(input);
        if (!instrument.treatyCode.equals(input.treaty())) {
            throw ProblemException.unprocessable("treaty", "Instrument " + id + " is for " + instrument.treatyCode
                    + "; withdraw it and deposit one for " + input.treaty() + " instead");
        }
        Treaty treaty = treaties.findForWrite(instrument.treatyCode, "treaty");
        requireActOf(treaty, input.act());
        if (!instrument.stateCode.equals(input.state())) {
            references.requireKnown(ReferenceKind.MEMBER_STATE, input.state(), "state");
        }
        List<Instrument> counting = repository.counting(treaty.code);
        List<io.ipaccord.treaty.engine.Instrument> before = InstrumentMapper.toEngine(counting);
        requireConsistentStanding(counting, input, id);

        InstrumentMapper.apply(input, instrument);
        instrument.updatedAt = now();
        repository.flush();
        return publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_CORRECTED, before, InstrumentMapper.toEngine(counting));
    }

    @Transactional
    public InstrumentReceipt withdraw(long id) {
        Instrument instrument = find(id);
        if (instrument.withdrawn) {
            return new InstrumentReceipt(InstrumentMapper.toData(instrument), List.of());
        }
        Treaty treaty = treaties.findForWrite(instrument.treatyCode, "treaty");
        List<Instrument> counting = repository.counting(treaty.code);
        List<io.ipaccord.treaty.engine.Instrument> before = InstrumentMapper.toEngine(counting);

        instrument.withdrawn = true;
        instrument.updatedAt = now();
        repository.flush();
        List<Instrument> after = counting.stream().filter(i -> i != instrument).toList();
        return publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_WITHDRAWN, before, InstrumentMapper.toEngine(after));
    }

    private InstrumentReceipt publish(Treaty treaty, Instrument instrument, TreatyActionChangeType type,
            List<io.ipaccord.treaty.engine.Instrument> before, List<io.ipaccord.treaty.engine.Instrument> after) {
        InstrumentData data = InstrumentMapper.toData(instrument);
        outbox.publish(Topics.TREATY_ACTIONS, treaty.code, type.ceType(), data);
        List<DeterminationView> views = new ArrayList<>();
        for (Determination determination : evaluator.determinations(treaty, before, after)) {
            views.add(publish(treaty.code, determination));
        }
        treaties.publishIfChanged(treaty);
        return new InstrumentReceipt(data, views);
    }

    private DeterminationView publish(String treaty, Determination determination) {
        if (determination instanceof Determination.TreatyEntersIntoForce t) {
            Long trigger = InstrumentMapper.idOf(t.trigger());
            outbox.publish(Topics.TREATY_ACTIONS, treaty, TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    new TreatyEntryIntoForceData(treaty, t.act(), t.date(), trigger, t.firstParties()));
            return new DeterminationView(DeterminationView.TREATY_IN_FORCE, t.act(), null, t.date(), trigger, t.firstParties());
        }
        if (determination instanceof Determination.PartyBound p) {
            String act = p.act() != null ? p.act() : p.instrument().act();
            Long instrumentId = InstrumentMapper.idOf(p.instrument());
            outbox.publish(Topics.TREATY_ACTIONS, treaty, TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    new PartyEntryIntoForceData(treaty, act, p.state(), p.from(), instrumentId));
            return new DeterminationView(DeterminationView.PARTY_BOUND, act, p.state(), p.from(), instrumentId, null);
        }
        Determination.DenunciationTakesEffect d = (Determination.DenunciationTakesEffect) determination;
        // The denunciation's own instrument event says it all; there is no separate notification for it on Kafka.
        return new DeterminationView(DeterminationView.DENUNCIATION_EFFECTIVE, d.act(), d.state(), d.from(),
                InstrumentMapper.idOf(d.denunciation()), null);
    }

    private static void requireDatesInOrder(InstrumentInput input) {
        if (input.notificationDate() != null && input.notificationDate().isBefore(input.depositDate())) {
            throw ProblemException.invalid("notificationDate", "must not be before depositDate (" + input.depositDate() + ")");
        }
    }

    private static void requireActOf(Treaty treaty, String act) {
        if (act != null && treaty.act(act).isEmpty()) {
            throw ProblemException.unprocessable("act", treaty.code + " has no Act " + act
                    + (treaty.acts.isEmpty() ? " (it has a single text)"
                            : " (its Acts: " + String.join(", ", treaty.acts.stream().map(a -> a.code).toList()) + ")"));
        }
    }

    /**
     * A state holds at most one binding instrument per treaty and Act until it denounces; it can denounce only
     * what binds it.
     */
    private static void requireConsistentStanding(List<Instrument> counting, InstrumentInput input, Long exceptId) {
        Instrument binding = null;
        for (Instrument i : counting) {
            if (i.id.equals(exceptId) || !i.stateCode.equals(input.state()) || !Objects.equals(i.actCode, input.act())) {
                continue;
            }
            if (BINDING.contains(i.type) && binding == null) {
                binding = i;
            } else if (i.type == InstrumentType.DENUNCIATION) {
                binding = null;
            }
        }
        String where = input.treaty() + (input.act() == null ? "" : " (" + input.act() + ")");
        if (BINDING.contains(input.type()) && binding != null) {
            throw ProblemException.conflict("type", input.state() + " already has instrument " + binding.id + " ("
                    + binding.type + " of " + binding.depositDate + ") binding it to " + where
                    + "; correct or withdraw it instead");
        }
        if (input.type() == InstrumentType.DENUNCIATION && binding == null) {
            throw ProblemException.unprocessable("type", input.state() + " has no instrument binding it to " + where
                    + " to denounce");
        }
    }

    private Instrument find(long id) {
        return repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No instrument with id " + id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
