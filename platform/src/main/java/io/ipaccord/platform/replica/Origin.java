package io.ipaccord.platform.replica;

/**
 * Where a write comes from. API writes may refer only to codes the replicas know ({@link KnownReferences});
 * the curated seed is checked against its own reference files, because the replicas may not have caught up yet.
 */
public enum Origin {
    API,
    SEED;

    /** Whether codes this write refers to must be known to the replicas. */
    public boolean checksReferences() {
        return this == API;
    }
}
