package io.ipaccord.platform.replica;

import io.ipaccord.contracts.Identifiers;

/**
 * A kind of code another service owns and publishes, replicated into {@code known_reference} under {@code name}.
 * Refusals read "{@code XX is not a known <label>}" and "{@code XX (<name>) is no longer a known <label>}".
 *
 * @param codePattern the contract's format: a record with any other code is skipped
 */
public record ReferenceKind(String name, String label, String codePattern) {

    public static final ReferenceKind MEMBER_STATE = new ReferenceKind("MEMBER_STATE", "member state", Identifiers.STATE_CODE);
    public static final ReferenceKind ORGANISATION = new ReferenceKind("ORGANISATION", "organisation", Identifiers.PARTY_CODE);
    public static final ReferenceKind TREATY = new ReferenceKind("TREATY", "treaty", Identifiers.TREATY_CODE);

    /** How a refusal ends for a code that was removed: "is no longer a known member state". */
    public String removedWording() {
        return "a known " + label;
    }
}
