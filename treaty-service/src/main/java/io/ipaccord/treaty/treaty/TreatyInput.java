package io.ipaccord.treaty.treaty;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.treaty.TreatyCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.ipaccord.contracts.Identifiers;

/** Body of POST /treaties: a treaty, its Acts and its rule. */
public record TreatyInput(
        @NotNull @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String shortName,
        @NotBlank @Size(max = 500) String officialName,
        @NotNull TreatyCategory category,
        @Size(max = 200) String adoptedPlace,
        @PastOrPresent LocalDate adoptedDate,
        @Size(max = 200) String depositary,
        @Size(max = 10000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial") String verified,
        @Size(max = 2000) String verificationNote,
        @Size(max = 20) List<@Valid @NotNull ActInput> acts,
        @Valid @NotNull RuleInput rule) {

    /** An Act of the treaty; {@code rule} null when the treaty's rule governs it. */
    public record ActInput(
            @NotNull @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Valid RuleInput rule) {
    }
}
