package io.ipaccord.treaty.instrument.api;

import static io.ipaccord.treaty.instrument.api.InstrumentChecks.requireActOf;
import static io.ipaccord.treaty.instrument.api.InstrumentChecks.requireConsistentStanding;
import static io.ipaccord.treaty.instrument.api.InstrumentChecks.requireDatesInOrder;
import static io.ipaccord.treaty.instrument.api.InstrumentChecks.requireNotBeforeAdoption;

import java.util.ArrayList;
import java.util.List;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.contracts.treaty.api.InstrumentReceipt;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.time.Timestamps;
import io.ipaccord.treaty.engine.RecordedInstrument;
import io.ipaccord.treaty.evaluation.InstrumentChanges;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.instrument.InstrumentMapper;
import io.ipaccord.treaty.instrument.InstrumentRepository;
import io.ipaccord.treaty.party.KnownParties;
import io.ipaccord.treaty.treaty.Treaty;
import io.ipaccord.treaty.treaty.TreatyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Lists, records, corrects and withdraws instruments. A write checks its input, locks its treaty, loads the
 * treaty's counted instruments once, changes the one instrument, and hands the records just before and just after
 * it to {@link InstrumentChanges}, which evaluates once and publishes in the write's own transaction.
 */
@ApplicationScoped
public class InstrumentService {

    @Inject InstrumentRepository repository;
    @Inject TreatyRepository treaties;
    @Inject InstrumentChanges changes;
    @Inject KnownParties parties;

    @Transactional
    public List<InstrumentData> list(String treaty, String state) {
        return repository.search(treaty, state).stream().map(InstrumentMapper::toData).toList();
    }

    @Transactional
    public List<InstrumentData> listForTreaty(String treaty) {
        if (treaties.findByIdOptional(treaty).isEmpty()) {
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
        Treaty treaty = lock(input.treaty());
        requireActOf(treaty, input.act());
        if (origin.checksReferences()) {
            requireNotBeforeAdoption(treaty, input);
            parties.requireKnown(input.state(), "state");
        }
        List<Instrument> counting = repository.counting(treaty.code);
        requireConsistentStanding(counting, input, null);
        List<RecordedInstrument> before = InstrumentMapper.toEngine(counting);

        Instrument instrument = new Instrument();
        InstrumentMapper.apply(input, instrument);
        instrument.updatedAt = Timestamps.now();
        repository.persist(instrument);
        repository.flush();
        List<Instrument> after = new ArrayList<>(counting);
        after.add(instrument);
        return changes.publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_DEPOSITED, before,
                InstrumentMapper.toEngine(after));
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
        Treaty treaty = lock(instrument.treatyCode);
        requireActOf(treaty, input.act());
        requireNotBeforeAdoption(treaty, input);
        if (!instrument.stateCode.equals(input.state())) {
            parties.requireKnown(input.state(), "state");
        }
        List<Instrument> counting = repository.counting(treaty.code);
        requireConsistentStanding(counting, input, id);
        List<RecordedInstrument> before = InstrumentMapper.toEngine(counting);

        InstrumentMapper.apply(input, instrument);
        instrument.updatedAt = Timestamps.now();
        repository.flush();
        return changes.publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_CORRECTED, before,
                InstrumentMapper.toEngine(counting));
    }

    @Transactional
    public InstrumentReceipt withdraw(long id) {
        Instrument instrument = find(id);
        if (instrument.withdrawn) {
            return new InstrumentReceipt(InstrumentMapper.toData(instrument), List.of());
        }
        Treaty treaty = lock(instrument.treatyCode);
        List<Instrument> counting = repository.counting(treaty.code);
        List<RecordedInstrument> before = InstrumentMapper.toEngine(counting);

        instrument.withdrawn = true;
        instrument.updatedAt = Timestamps.now();
        repository.flush();
        List<Instrument> after = counting.stream().filter(i -> i != instrument).toList();
        return changes.publish(treaty, instrument, TreatyActionChangeType.INSTRUMENT_WITHDRAWN, before,
                InstrumentMapper.toEngine(after));
    }

    /** The treaty, locked until the transaction ends: its instruments change one write at a time. */
    private Treaty lock(String code) {
        return treaties.findForWrite(code)
                .orElseThrow(() -> ProblemException.unprocessable("treaty", "No treaty with code " + code));
    }

    private Instrument find(long id) {
        return repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No instrument with id " + id));
    }
}
