package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;
import java.util.List;

import io.ipaccord.contracts.Identifiers;
import io.ipaccord.contracts.treaty.InstrumentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of treaty-service's {@code POST /instruments} and {@code PUT /instruments/{id}}.
 *
 * @param act      the Act's code (e.g. GENEVA_1999) for a treaty with several Acts
 * @param groups   eligibility groups the state belonged to at deposit (e.g. PARIS_UNION), for rules that count groups
 * @param state    the depositing party: a state's ISO 3166-1 alpha-2 code or an organisation's WIPO ST.3 code
 * @param verified yes, no or partial; no when absent
 * @param recordedEntryIntoForce the depositary's recorded entry into force for the party, if known: kept beside the
 *                 computed date, never used to compute it
 */
public record InstrumentInput(
        @NotNull @Pattern(regexp = Identifiers.TREATY_CODE, message = Identifiers.TREATY_CODE_MESSAGE) String treaty,
        @Pattern(regexp = Identifiers.TREATY_CODE, message = "must be an Act code (e.g. GENEVA_1999)") String act,
        @NotNull @Pattern(regexp = Identifiers.PARTY_CODE, message = Identifiers.PARTY_CODE_MESSAGE) String state,
        @NotNull InstrumentType type,
        @NotNull @PastOrPresent LocalDate depositDate,
        @PastOrPresent LocalDate notificationDate,
        LocalDate namedEffectiveDate,
        @Size(max = 500) String notificationReference,
        @Size(max = 10000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}",
                message = "must be a group name (capital letters, digits and '_', e.g. PARIS_UNION)") String> groups,
        @Pattern(regexp = "yes|no|partial", message = "must be yes, no or partial") String verified,
        @Size(max = 2000) String verificationNote,
        LocalDate recordedEntryIntoForce) {
}
