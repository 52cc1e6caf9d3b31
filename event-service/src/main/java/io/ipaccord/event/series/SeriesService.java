package io.ipaccord.event.series;

import java.util.Optional;

import io.ipaccord.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The series an event names: an existing one by code, or a new one started by the write that names it. */
@ApplicationScoped
public class SeriesService {

    @Inject EventSeriesRepository repository;

    /** Why {@code input} names no series, if it does not: an unknown code given without a name to start it. */
    @Transactional(TxType.MANDATORY)
    public Optional<FieldError> refusal(SeriesInput input) {
        if (input.name() == null && repository.findById(input.code()) == null) {
            return Optional.of(new FieldError("series.code", input.code() + " is not a known series; give its name to start it"));
        }
        return Optional.empty();
    }

    /** The series {@code input} names, started now when its code is new; {@link #refusal} first. */
    @Transactional(TxType.MANDATORY)
    public EventSeries findOrStart(SeriesInput input) {
        EventSeries series = repository.findById(input.code());
        if (series == null) {
            series = new EventSeries();
            series.code = input.code();
            series.name = input.name().trim();
            series.description = input.description();
            repository.persist(series);
        }
        return series;
    }
}
