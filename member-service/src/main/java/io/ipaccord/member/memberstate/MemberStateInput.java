package io.ipaccord.member.memberstate;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.Identifiers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /member-states. */
public record MemberStateInput(
        @NotNull @Pattern(regexp = Identifiers.STATE_CODE, message = Identifiers.STATE_CODE_MESSAGE) String code,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code (three capital letters)") String alpha3,
        @NotNull @Pattern(regexp = "[0-9]{3}", message = "must be an ISO 3166-1 numeric code (three digits)") String numeric,
        @NotBlank @Size(max = 200) String name,
        @PastOrPresent LocalDate memberSince,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial") String verified) {

    MemberStateChange change() {
        return new MemberStateChange(alpha3, numeric, name, memberSince, sources, verified);
    }
}
