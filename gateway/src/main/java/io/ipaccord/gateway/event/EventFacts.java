package io.ipaccord.gateway.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.event.EventType;

/**
 * The facts {@link ScheduleEventInput} and {@link UpdateEventInput} share, field for field. SmallRye reads an input
 * type's fields up its class tree (public fields, a public no-argument constructor), and Jackson writes them all in
 * the body sent to event-service; the fields the two inputs describe differently stay in each.
 */
public abstract class EventFacts {

    public @NonNull EventType type;
    public @NonNull String title;
    public String summary;
    public @NonNull LocalDate startDate;
    @Description("Not before startDate; omit for a single-day event.")
    public LocalDate endDate;
    public String city;
    public String region;
    public String venue;
    public List<String> organisers;
    public String notes;
}
