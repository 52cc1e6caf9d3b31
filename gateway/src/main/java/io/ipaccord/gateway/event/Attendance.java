package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.AttendanceMeasure;
import io.ipaccord.contracts.event.EventData;

@Type("Attendance")
@Description("One attendance figure as one source gives it; figures of different sources are kept side by side.")
public record Attendance(
        @Id @NonNull String id,
        @NonNull AttendanceMeasure measure,
        int value,
        @NonNull @Description("Who gives the figure: a URL or the account named in the sources.") String source,
        @Description("The source's wording, e.g. more than 300 attendees.") String note) {

    static Attendance from(EventData.Attendance a) {
        return new Attendance(String.valueOf(a.id()), AttendanceMeasure.valueOf(a.measure()),
                Math.toIntExact(a.value()), a.source(), a.note());
    }
}
