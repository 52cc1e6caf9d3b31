package io.ipaccord.event.events;

import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /events/{id}/participants; {@code organisationType} only for an organisation. */
public record ParticipantInput(
        @NotNull ParticipantKind kind,
        @NotBlank @Size(max = 300) String name,
        OrganisationType organisationType,
        @NotNull ParticipantRole role,
        @Size(max = 300) String title,
        @Size(max = 300) String affiliation,
        @Size(max = 2000) String source,
        @Size(max = 2000) String note) {

    /** Refuses what the constraints cannot say: a person or a state with an organisation type. {@code path} prefixes the field. */
    public void requireConsistent(String path) {
        if (kind != ParticipantKind.ORGANISATION && organisationType != null) {
            throw ProblemException.invalid(path + "organisationType", "only an organisation has an organisation type");
        }
    }
}
