package io.ipaccord.gateway.timeline;

import java.time.LocalDate;
import java.util.Comparator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One dated step of a timeline. Getters, not record accessors: SmallRye takes an interface's fields from its
 * getters only.
 */
@Interface("TimelineEntry")
@Description("A dated step of a state's or a treaty's path: WIPO membership, adoption, instrument, entry into force,"
        + " event. Select the concrete type's fields with `... on InstrumentEntry { instrument { ... } }` etc.")
public interface TimelineEntry {

    /** Chronological; on one day, by kind (membership, adoption, instrument, in force, bound, event), then title. */
    Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::getDate)
            .thenComparing(TimelineEntry::getKind)
            .thenComparing(TimelineEntry::getTitle);

    @NonNull
    LocalDate getDate();

    @NonNull
    TimelineKind getKind();

    @NonNull
    @Description("What happened, in words, e.g. Ratification by China: Beijing Treaty (BTAP).")
    String getTitle();
}
