package io.ipaccord.treaty.engine;

/** The event a delay runs from. */
public enum Anchor {
    /** The date the instrument was deposited with the depositary. */
    DEPOSIT,
    /** The date the depositary (e.g. WIPO's Director General) notified the deposit. */
    NOTIFICATION
}
