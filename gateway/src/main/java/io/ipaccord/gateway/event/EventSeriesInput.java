package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventSeriesInput")
@Description("The series an event belongs to: an existing one by code, or a new one, which needs a name.")
public record EventSeriesInput(
        @Id @NonNull String code,
        String name,
        String description) {
}
