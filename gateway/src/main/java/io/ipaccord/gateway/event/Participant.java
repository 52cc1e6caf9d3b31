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
@Description("An organisation, a person or a state's delegation taking part in an event, with its role (and, at a meeting, its capacity).")
public record Participant(
        @Id @NonNull String id,
        @NonNull ParticipantKind kind,
        @NonNull String name,
        @Description("For an organisation, when known.") OrganisationType organisationType,
        @NonNull ParticipantRole role,
        @Description("A person's title or function, e.g. Director General.") String title,
        @Description("The organisation a person speaks for, e.g. WIPO.") String affiliation,
        @Description("Where this participation is stated.") String source,
        String note,
        @Id @Description("A meeting's delegation that is a party: the state's ISO code or the organisation's code (EU, OA...);"
                + " null for a named entity (Palestine, Serbia and Montenegro, an NGO, an organisation that is no party).")
        String partyCode,
        @Description("A meeting's delegation: member, observer or the report's own wording (e.g. member capacity).")
        String capacity) {

    public static Participant from(EventData.Participant p) {
        return new Participant(String.valueOf(p.id()), ParticipantKind.valueOf(p.kind()), p.name(),
                p.organisationType() == null ? null : OrganisationType.valueOf(p.organisationType()),
                ParticipantRole.valueOf(p.role()), p.title(), p.affiliation(), p.source(), p.note(), p.partyCode(),
                p.capacity());
    }
}
