package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;

@Type("Participant")
@Description("An organisation or a person taking part in an event, with its role.")
public record Participant(
        @Id @NonNull String id,
        @NonNull ParticipantKind kind,
        @NonNull String name,
        @Description("For an organisation, when known.") OrganisationType organisationType,
        @NonNull ParticipantRole role,
        @Description("A person's title or function, e.g. Director General.") String title,
        @Description("The organisation a person speaks for, e.g. WIPO.") String affiliation,
        @Description("Where this participation is stated.") String source,
        String note) {

    static Participant from(EventData.Participant p) {
        return new Participant(String.valueOf(p.id()), ParticipantKind.valueOf(p.kind()), p.name(),
                p.organisationType() == null ? null : OrganisationType.valueOf(p.organisationType()),
                ParticipantRole.valueOf(p.role()), p.title(), p.affiliation(), p.source(), p.note());
    }
}
