package io.ipaccord.event.series;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EventSeriesRepository implements PanacheRepositoryBase<EventSeries, String> {
}
