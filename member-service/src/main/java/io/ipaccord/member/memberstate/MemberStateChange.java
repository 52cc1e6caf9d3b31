package io.ipaccord.member.memberstate;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /member-states/{code}: the whole new state but its code. A class rather than a record so that
 * {@link MemberStateInput} (POST) adds the code to these facts without repeating them: both bodies are flat JSON, and
 * each invalid field is named as sent.
 */
public class MemberStateChange {

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code (three capital letters)")
    public String alpha3;

    @NotNull
    @Pattern(regexp = "[0-9]{3}", message = "must be an ISO 3166-1 numeric code (three digits)")
    public String numeric;

    @NotBlank
    @Size(max = 200)
    public String name;

    @PastOrPresent
    public LocalDate memberSince;

    @Size(max = 20)
    public List<@NotBlank @Size(max = 2000) String> sources;

    @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial")
    public String verified;
}
