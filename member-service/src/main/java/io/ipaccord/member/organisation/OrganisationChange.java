package io.ipaccord.member.organisation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /organisations/{code}: the whole new organisation but its code. A class rather than a record so that
 * {@link OrganisationInput} (POST) adds the code without repeating these facts; both bodies are flat JSON and each
 * invalid field is named as sent.
 */
public class OrganisationChange {

    @NotBlank
    @Size(max = 200)
    public String name;

    /** The acronym, e.g. OAPI: the depositary's tables name the organisation {@code <name> (<shortName>)}. */
    @NotBlank
    @Size(max = 40)
    public String shortName;

    @Size(max = 20)
    public List<@NotBlank @Size(max = 2000) String> sources;

    @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial")
    public String verified;
}
