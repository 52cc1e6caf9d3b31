package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;

/** Also the JSON body of event-service's POST /events/{id}/participants. */
@Input("ParticipantInput")
@Description("An organisation or a person taking part in an event.")
public record ParticipantInput(
        @NonNull ParticipantKind kind,
        @NonNull String name,
        @Description("Only for an organisation.") OrganisationType organisationType,
        @NonNull ParticipantRole role,
        String title,
        String affiliation,
        @Description("Where this participation is stated.") String source,
        String note) {
}
