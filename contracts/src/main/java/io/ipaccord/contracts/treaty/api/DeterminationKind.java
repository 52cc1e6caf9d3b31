package io.ipaccord.contracts.treaty.api;

/** What a {@link Determination} says. */
public enum DeterminationKind {
    /** The treaty (or Act) enters into force on {@code date} for {@code parties}; {@code instrumentId} completed the count. */
    TREATY_IN_FORCE,
    /** {@code state} is bound from {@code date} by instrument {@code instrumentId}. */
    PARTY_BOUND,
    /** {@code state}'s denunciation {@code instrumentId} takes effect on {@code date}. */
    DENUNCIATION_EFFECTIVE
}
