package io.ipaccord.treaty.treaty.api;

import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyStatus;

/** Criteria of a treaty listing; every null criterion matches all. {@code party}: a state bound as of the date. */
public record TreatyFilter(TreatyCategory category, TreatyStatus status, String party) {
}
