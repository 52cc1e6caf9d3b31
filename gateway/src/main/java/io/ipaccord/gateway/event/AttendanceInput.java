package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.event.AttendanceMeasure;

/** Also the JSON body of event-service's POST /events/{id}/attendance. */
@Input("AttendanceInput")
@Description("One attendance figure with the source that gives it.")
public record AttendanceInput(
        @NonNull AttendanceMeasure measure,
        @NonNull Integer value,
        @NonNull String source,
        String note) {
}
