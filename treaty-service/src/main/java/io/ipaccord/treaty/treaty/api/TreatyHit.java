package io.ipaccord.treaty.treaty.api;

import io.ipaccord.contracts.treaty.TreatyData;

/** A search result: the treaty (status as of the request's date) and how well it matches (ts_rank, higher is better). */
public record TreatyHit(TreatyData treaty, double rank) {
}
