package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.EventData;

@Type("EventSeries")
@Description("A recurring series, e.g. the International Copyright Forum (annual since 2008).")
public record EventSeries(
        @Id @NonNull @Description("E.g. INTL_COPYRIGHT_FORUM.") String code,
        @NonNull String name,
        String description) {

    static EventSeries from(EventData.Series series) {
        return series == null ? null : new EventSeries(series.code(), series.name(), series.description());
    }
}
