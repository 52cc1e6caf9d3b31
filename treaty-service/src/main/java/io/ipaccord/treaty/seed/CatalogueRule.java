package io.ipaccord.treaty.seed;

import io.ipaccord.treaty.engine.EntryIntoForceRule;

/** A rule with where it comes from: the notes, sources and verification flag of {@code seed/entry_into_force_rules.csv}. */
public record CatalogueRule(EntryIntoForceRule rule, String notes, String sourceUrl, String verified) {
}
