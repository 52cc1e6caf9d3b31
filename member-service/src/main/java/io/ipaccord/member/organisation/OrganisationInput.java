package io.ipaccord.member.organisation;

import io.ipaccord.contracts.Identifiers;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of POST /organisations: the facts of {@link OrganisationChange} and the organisation's code. */
public class OrganisationInput extends OrganisationChange {

    @NotNull
    @Pattern(regexp = Identifiers.PARTY_CODE, message = OrganisationResource.CODE_MESSAGE)
    public String code;
}
