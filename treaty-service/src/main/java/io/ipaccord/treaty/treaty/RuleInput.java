package io.ipaccord.treaty.treaty;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.engine.Anchor;
import io.ipaccord.treaty.engine.Delay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry-into-force rule in a request; the shape of {@code TreatyData.Rule}. {@code qualifyingTypes} defaults to
 * ratification, accession, acceptance and approval. {@code otherActClocks}: the later-party clocks of the treaty's
 * other Acts, in the engine's notation ({@code 1M from NOTIFICATION until 1970-04-26}), only to explain a recorded date.
 */
public record RuleInput(
        @Size(min = 1, max = 10) List<@NotNull InstrumentType> qualifyingTypes,
        @Size(max = 10) List<@Valid @NotNull Condition> conditions,
        @Valid DelayInput initialDelay,
        @Valid DelayInput laterPartyDelay,
        boolean partyMayNameLaterDate,
        @Valid DelayInput denunciationDelay,
        LocalDate recordedEntryIntoForce,
        @Size(max = 10000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial") String verified,
        @Size(max = 2000) String verificationNote,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> otherActClocks) {

    private static final String GROUP = "[A-Z][A-Z0-9_]{0,59}";
    private static final String GROUP_MESSAGE = "must be a group name (capital letters, digits and '_', e.g. PARIS_UNION)";

    /** At least {@code count} instruments, from any state or only from those in (or not in) a group. */
    public record Condition(
            @Min(1) @Max(1000) int count,
            @Pattern(regexp = GROUP, message = GROUP_MESSAGE) String group,
            @Pattern(regexp = GROUP, message = GROUP_MESSAGE) String notInGroup) {
    }

    public record DelayInput(@Min(0) @Max(1200) int amount, @NotNull Delay.Unit unit, @NotNull Anchor anchor) {

        Delay toDelay() {
            return new Delay(amount, unit, anchor);
        }
    }
}
